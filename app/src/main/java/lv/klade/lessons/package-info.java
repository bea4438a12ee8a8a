/**
 * Lesson entries and attendance: the teacher's record of each lesson with its marks, the deadline
 * that decides its state, the class tutor's justifications, and the class diary and teacher's day.
 */
package lv.klade.lessons;
