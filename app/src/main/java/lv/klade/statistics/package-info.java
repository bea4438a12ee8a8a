/** Statistics computed from the journal: grade averages and distributions, absence rates, one pupil's year. */
package lv.klade.statistics;
