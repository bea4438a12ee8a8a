/**
 * The class tutor's own records about their students: the remark each report card (liecība) carries,
 * the individual conversations with students and parents, and the behaviour journal.
 */
package lv.klade.tutor;
