/**
 * The timetable: versions of weekly entries valid from–to, the lessons they plan on the calendar's
 * school days, teachers' absence periods and the substitutes who take their lessons.
 */
package lv.klade.timetable;
