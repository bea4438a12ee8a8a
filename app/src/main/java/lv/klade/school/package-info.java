/**
 * The school's structure and calendar: school years, semesters, breaks, public holidays and working
 * days, bell schedule, programmes, subjects, classes, groups and journals.
 */
package lv.klade.school;
