package lv.klade.school;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * A staff member who teaches in a journal, in which role, and from and to which day (both
 * inclusive); no date means from the year's start or to its end.
 */
public record JournalTeacher(UUID staffId, TeacherRole role, LocalDate starts, LocalDate ends) {

    public JournalTeacher {
        Objects.requireNonNull(staffId);
        Objects.requireNonNull(role);
    }

    /** A teacher for the whole year. */
    public JournalTeacher(UUID staffId, TeacherRole role) {
        this(staffId, role, null, null);
    }

    public static JournalTeacher teacher(UUID staffId) {
        return new JournalTeacher(staffId, TeacherRole.TEACHER);
    }

    public boolean teachesOn(LocalDate day) {
        return (starts == null || !day.isBefore(starts)) && (ends == null || !day.isAfter(ends));
    }
}
