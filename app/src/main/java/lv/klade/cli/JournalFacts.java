package lv.klade.cli;

import lv.klade.school.SchoolYear;
import lv.klade.shell.Services;

/** The headline counts of a journal, as {@code klade info} prints them. */
record JournalFacts(String school, SchoolYear year, int classes, int students, int staff, int journals) {
    static JournalFacts of(Services services) {
        SchoolYear year = services.year();
        return new JournalFacts(services.schoolName(), year,
                services.classRepository().classCount(year.id()), services.students().count(),
                services.staff().count(), services.classRepository().journalCount(year.id()));
    }
}
