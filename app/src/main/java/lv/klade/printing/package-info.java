/**
 * What is printed and who may print it: fills the reports' input records from the journal (grade
 * books, attendance, the test planner) for a class or a journal and a period, and prints them.
 */
package lv.klade.printing;
