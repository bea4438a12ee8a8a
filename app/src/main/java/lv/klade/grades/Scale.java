package lv.klade.grades;

/** A way of assessing work; a grade book column holds grades on one scale (plus nv and atb). */
public enum Scale {
    /** 1–10 "balles"; 4 or more is a pass. */
    TEN_POINT,
    /** The learning levels S, T, A, P. */
    LEVELS,
    /** i / ni: ieskaitīts / neieskaitīts. */
    PASS_FAIL,
    /** 0–100 %. */
    PERCENT;

    /** The key of the scale's name in the grades bundle. */
    public String messageKey() {
        return "grades.scale." + name();
    }
}
