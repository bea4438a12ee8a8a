package lv.klade.grades.ui;

import java.util.UUID;
import lv.klade.school.Journal;

/** A journal as the grades views offer it for choosing; it shows as its name. */
public record JournalChoice(UUID id, String name, UUID subjectId, UUID classId, UUID groupId) {

    static JournalChoice of(Journal j) {
        return new JournalChoice(j.id(), j.name(), j.subjectId(), j.classId(), j.groupId());
    }

    @Override
    public String toString() {
        return name;
    }
}
