/**
 * The teacher's and class tutor's daily views: my lessons with the lesson form and its attendance,
 * the tutor's absences to justify with the monthly summary, and the read-only class diary.
 */
package lv.klade.lessons.ui;
