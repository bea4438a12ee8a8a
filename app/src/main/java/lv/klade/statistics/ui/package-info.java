/** The statistics screen: grade and absence charts, a pupil's year, and its printout. */
package lv.klade.statistics.ui;
