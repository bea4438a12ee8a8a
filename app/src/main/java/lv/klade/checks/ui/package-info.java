/** The checks section of the window: the deputy director's findings, each opening the journal it names. */
package lv.klade.checks.ui;
