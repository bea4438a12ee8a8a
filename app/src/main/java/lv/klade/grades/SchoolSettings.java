package lv.klade.grades;

import lv.klade.db.JournalStore;
import lv.klade.db.Writes;
import lv.klade.school.SchoolRepository;

/**
 * The school's grading settings, read once and kept until a committed write changes the settings
 * table: saving one grade then reads no settings at all. A transaction that has changed the
 * settings itself reads them as it sees them.
 */
final class SchoolSettings {
    static final String TABLE = "school_setting";

    private record Read(long version, GradeSettings settings) {
    }

    private final JournalStore store;
    private final SchoolRepository school;
    private final GradeRepository grades;
    private volatile Read read;

    SchoolSettings(JournalStore store, SchoolRepository school, GradeRepository grades) {
        this.store = store;
        this.school = school;
        this.grades = grades;
    }

    /** The settings as committed. */
    GradeSettings now() {
        // The version is read before the rows: a write committed in between makes the next call read again.
        long version = store.version(TABLE);
        Read known = read;
        if (known == null || known.version() != version) {
            known = new Read(version, GradeSettings.from(school.settings()));
            read = known;
        }
        return known.settings();
    }

    /** The settings as the transaction sees them. */
    GradeSettings in(Writes w) {
        return w.changed(TABLE) ? GradeSettings.from(grades.settings(w.dsl())) : now();
    }
}
