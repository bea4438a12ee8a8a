/**
 * The class tutor's own records about their students; for now the remark each student's report
 * card (liecība) carries for a semester or the year.
 */
package lv.klade.tutor;
