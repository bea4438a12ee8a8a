/** The JavaFX application: start screen, login, main window, navigation, and the composition root. */
package lv.klade.shell;
