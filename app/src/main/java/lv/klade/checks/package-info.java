/**
 * The deputy director's checks (seeds 001 §23, 003 §22): whether teachers fill the journal on time,
 * read from the journal, the timetable and the change log. {@link lv.klade.checks.ChecksService}
 * finds the lines, {@link lv.klade.checks.ChecksRights} says who may see them.
 */
package lv.klade.checks;
