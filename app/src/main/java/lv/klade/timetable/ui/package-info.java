/** The timetable editor: a class's week for a chosen day's timetable version, its entries added and removed. */
package lv.klade.timetable.ui;
