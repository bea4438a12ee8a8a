/**
 * The end of a school year: closing it when every grade is in, promoting its students by their
 * promotion outcomes, and opening the next year with its calendar and its classes a form up; and the
 * leaving forms' final grades for the state register.
 */
package lv.klade.yearend;
