/** The grades views: the grade book with its averages, period grades, promotion and the test planner. */
package lv.klade.grades.ui;
