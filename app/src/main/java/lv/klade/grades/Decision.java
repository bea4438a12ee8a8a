package lv.klade.grades;

/**
 * What the pedagogical council decides, by the director's order, about a student's next year
 * (Cabinet Regulation No. 11 of 11 January 2022): promoted; promoted with one grade below 4 (forms
 * 4–8); a re-examination to write; an extended school year (pagarināts mācību gads) with additional
 * lessons; additional learning measures (papildu mācību pasākumi); or kept back in the same form,
 * which the council may decide for forms 1–3 too, whatever their levels.
 */
public enum Decision {
    PROMOTED,
    PROMOTED_WITH_SHORTFALL,
    RE_EXAMINATION,
    EXTENDED_YEAR,
    ADDITIONAL_MEASURES,
    KEPT_BACK;

    /** The first and last form that may be promoted with one grade below 4. */
    static final int SHORTFALL_FROM = 4;
    static final int SHORTFALL_TO = 8;

    /** Whether the decision fits a student of this form: one shortfall is allowed in forms 4–8 only. */
    public boolean fits(int form) {
        return this != PROMOTED_WITH_SHORTFALL || form >= SHORTFALL_FROM && form <= SHORTFALL_TO;
    }

    /** The decision in words, as the report card prints it. */
    public String messageKey() {
        return "grades.decision." + name();
    }

    /** The short code the summary journal prints. */
    public String codeKey() {
        return "grades.decision.code." + name();
    }
}
