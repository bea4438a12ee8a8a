package lv.klade.grades.ui;

import java.util.List;
import lv.klade.grades.GradeParser;
import lv.klade.grades.ParseResult;
import lv.klade.grades.Scale;

/**
 * Reads what a teacher types into a grade book cell whose work may use several scales (formative
 * work in i/ni or %). The first scale is the column's own; another is tried only when the text
 * names it unambiguously, so "8" on an i/ni column is refused rather than read as 8 %.
 */
final class CellInput {
    private CellInput() {
    }

    static ParseResult parse(String typed, List<Scale> allowed) {
        ParseResult first = GradeParser.parse(typed, allowed.getFirst());
        if (first instanceof ParseResult.Valid) {
            return first;
        }
        for (Scale scale : allowed.subList(1, allowed.size())) {
            if (scale == Scale.PERCENT && !typed.contains("%")) {
                continue;
            }
            ParseResult other = GradeParser.parse(typed, scale);
            if (other instanceof ParseResult.Valid) {
                return other;
            }
        }
        return first;
    }
}
