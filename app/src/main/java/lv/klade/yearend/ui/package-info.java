/** The administrator's view for closing the school year. */
package lv.klade.yearend.ui;
