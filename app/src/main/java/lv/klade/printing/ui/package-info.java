/** The print section: choose a document, preview it, save, open, print it, or print a batch. */
package lv.klade.printing.ui;
