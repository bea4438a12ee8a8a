/** The school year and calendar view: everyone sees the year; the administrator edits breaks and days off. */
package lv.klade.school.ui;
