package lv.klade.people;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Admitting a student to the school: into a class from a date, by a director's order, with guardians. */
public record Admission(StudentData student, UUID classId, LocalDate from, DirectorOrder order,
                        List<GuardianData> guardians) {

    public Admission {
        guardians = guardians == null ? List.of() : List.copyOf(guardians);
    }
}
