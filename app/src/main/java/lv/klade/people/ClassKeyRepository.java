package lv.klade.people;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import lv.klade.db.Writes;

import static lv.klade.db.generated.Tables.SCHOOL_CLASS;

/**
 * Which class keys exist. Classes belong to the school feature; people refer to them only by key
 * and read them here only so that a wrong key becomes a message instead of a foreign-key error.
 */
final class ClassKeyRepository {

    /** The keys among these that name a class, in one query. */
    Set<UUID> existing(Writes w, Collection<UUID> classIds) {
        if (classIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(w.dsl().select(SCHOOL_CLASS.ID).from(SCHOOL_CLASS)
                .where(SCHOOL_CLASS.ID.in(classIds)).fetch(SCHOOL_CLASS.ID));
    }

    /** The first of these classes ended on or before {@code day}, with the day it ended, if any. */
    Optional<EndedClass> endedBy(Writes w, Collection<UUID> classIds, LocalDate day) {
        return w.dsl().select(SCHOOL_CLASS.NAME, SCHOOL_CLASS.ENDS).from(SCHOOL_CLASS)
                .where(SCHOOL_CLASS.ID.in(classIds), SCHOOL_CLASS.ENDS.le(day)).limit(1)
                .fetchOptional(r -> new EndedClass(r.value1(), r.value2()));
    }

    /** A class's name and the first day it is no longer in use. */
    record EndedClass(String name, LocalDate ends) {
    }
}
