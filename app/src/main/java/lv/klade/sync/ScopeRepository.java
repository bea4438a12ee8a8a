package lv.klade.sync;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import lv.klade.db.JournalStore;
import lv.klade.people.Role;

import static lv.klade.db.generated.Tables.JOURNAL;
import static lv.klade.db.generated.Tables.JOURNAL_TEACHER;
import static lv.klade.db.generated.Tables.SCHOOL_CLASS;
import static lv.klade.db.generated.Tables.STAFF_ROLE;

/** The journals and classes a PC's users teach or tutor, as the central copy holds them now. */
final class ScopeRepository {
    private final JournalStore store;

    ScopeRepository(JournalStore store) {
        this.store = store;
    }

    /** The classes the staff tutor: by a class tutor's grant or as the class's named tutor. */
    Set<UUID> tutoredClasses(Collection<UUID> staff) {
        Set<UUID> classes = new HashSet<>(store.dsl().select(STAFF_ROLE.CLASS_ID).from(STAFF_ROLE)
                .where(STAFF_ROLE.STAFF_ID.in(staff).and(STAFF_ROLE.ROLE.eq(Role.CLASS_TUTOR.name()))
                        .and(STAFF_ROLE.CLASS_ID.isNotNull()))
                .fetch(STAFF_ROLE.CLASS_ID));
        classes.addAll(store.dsl().select(SCHOOL_CLASS.ID).from(SCHOOL_CLASS).where(SCHOOL_CLASS.TUTOR_ID.in(staff))
                .fetch(SCHOOL_CLASS.ID));
        return classes;
    }

    /** The journals the staff teach, and every journal of the given classes. */
    Set<UUID> journals(Collection<UUID> staff, Collection<UUID> classes) {
        Set<UUID> journals = new HashSet<>(store.dsl().select(JOURNAL_TEACHER.JOURNAL_ID).from(JOURNAL_TEACHER)
                .where(JOURNAL_TEACHER.STAFF_ID.in(staff)).fetch(JOURNAL_TEACHER.JOURNAL_ID));
        journals.addAll(store.dsl().select(JOURNAL.ID).from(JOURNAL).where(JOURNAL.CLASS_ID.in(classes))
                .fetch(JOURNAL.ID));
        return journals;
    }

    /** The classes of the given journals (a group's journal has none). */
    Set<UUID> classesOf(Collection<UUID> journals) {
        return new HashSet<>(store.dsl().select(JOURNAL.CLASS_ID).from(JOURNAL)
                .where(JOURNAL.ID.in(journals).and(JOURNAL.CLASS_ID.isNotNull())).fetch(JOURNAL.CLASS_ID));
    }
}
