package lv.klade.grades;

import lv.klade.i18n.Problem;

/** What typed text means: a grade, or a problem that says why it is not one. */
public sealed interface ParseResult {

    /** The text is a grade that fits the column. */
    record Valid(Grade grade) implements ParseResult {
    }

    /** The text is not a grade for the column; the problem says why and what to type. */
    record Invalid(Problem problem) implements ParseResult {
    }
}
