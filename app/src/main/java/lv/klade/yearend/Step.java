package lv.klade.yearend;

/** What the year's end does with one student. */
public enum Step {
    /** Promoted: into the next year's class a form up. */
    PROMOTED,
    /** Not promoted (or, in form 9, no certificate): into a class of the same form next year. */
    KEPT_BACK,
    /** Form 9 or 12 with the certificate: leaves the school. */
    GRADUATES,
    /** Form 12 without the certificate: leaves the school with a report card, as no form 12 class goes on. */
    LEAVES;

    public String messageKey() {
        return "yearEnd.step." + name();
    }
}
