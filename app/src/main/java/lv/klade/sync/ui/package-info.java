/** The sync section: export and import packages with a preview first, the history, and at the central copy its PCs. */
package lv.klade.sync.ui;
