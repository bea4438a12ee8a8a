package lv.klade.printing;

/** The documents Klade prints, and what each is printed for. */
public enum PrintKind {
    /** Monthly progress transcript, one per student of a class. */
    TRANSCRIPT(true, false),
    /** Report card for a semester or the year, one per student of a class. */
    REPORT_CARD(true, false),
    /** The class's summary journal of achievements at year end. */
    SUMMARY(false, false),
    /** Absences per student of a class for a period. */
    ABSENCES(false, false),
    /** Grade statistics per subject of a class for a period. */
    STATISTICS(false, false),
    /** One journal's lessons, absences and grades for a month. */
    TEACHER_MONTH(false, true),
    /** The class's test planner for a period. */
    TEST_PLANNER(false, false),
    /** Forms 9 and 12: the certificate of basic or secondary education, one per student who gets it. */
    CERTIFICATE(true, false);

    private final boolean perStudent;
    private final boolean ofJournal;

    PrintKind(boolean perStudent, boolean ofJournal) {
        this.perStudent = perStudent;
        this.ofJournal = ofJournal;
    }

    /** One document per student, so a batch makes a file for each. */
    public boolean perStudent() {
        return perStudent;
    }

    /** Printed for a journal rather than a class. */
    public boolean ofJournal() {
        return ofJournal;
    }

    /** Whether a document of this kind covers that kind of period. */
    public boolean accepts(PrintPeriod period) {
        return switch (this) {
            case TRANSCRIPT, TEACHER_MONTH -> period instanceof PrintPeriod.Month;
            case REPORT_CARD -> !(period instanceof PrintPeriod.Month);
            case SUMMARY, CERTIFICATE -> period instanceof PrintPeriod.Year;
            case ABSENCES, STATISTICS, TEST_PLANNER -> true;
        };
    }

    /** The key of the kind's name in the printing bundle. */
    public String messageKey() {
        return "printing.kind." + name();
    }
}
