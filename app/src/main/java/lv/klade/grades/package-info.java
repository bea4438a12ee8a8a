/**
 * Grades: scales and marks, kinds of work, weighted averages, period grades, promotion outcomes,
 * grade deadlines, the test planner and the grade book's read models.
 */
package lv.klade.grades;
