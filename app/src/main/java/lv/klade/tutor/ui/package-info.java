/** The class tutor's views: the remarks written on the students' report cards. */
package lv.klade.tutor.ui;
