/** What every feature's views share: background work, dialogs, the section contract, common controls. */
package lv.klade.ui;
