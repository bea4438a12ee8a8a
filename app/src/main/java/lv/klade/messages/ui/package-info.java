/** The messages section and the news on the home screen. */
package lv.klade.messages.ui;
