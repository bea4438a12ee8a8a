/** The deputy director's checks of the journal against its deadlines, and the inspection records. */
package lv.klade.checks;
