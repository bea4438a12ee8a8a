package lv.klade.yearend;

/** What the year's end does with one student. */
public enum Step {
    /** Promoted: into the next year's class a form up. */
    PROMOTED,
    /** Not promoted (or, in form 9, no certificate): into a class of the same form next year. */
    KEPT_BACK,
    /**
     * Form 9 with the certificate in a school that teaches form 10: into the class a form up, by the
     * same order; who learns on elsewhere is recorded as leaving afterwards.
     */
    CONTINUES,
    /** Form 12, or form 9 where the school has no form 10, with the certificate: leaves the school. */
    GRADUATES,
    /** Form 12 without the certificate: leaves the school with a report card, as no form 12 class goes on. */
    LEAVES;

    public String messageKey() {
        return "yearEnd.step." + name();
    }
}
