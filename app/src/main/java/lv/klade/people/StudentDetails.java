package lv.klade.people;

import java.util.List;

/** Everything the personal file shows: the student, their guardians, and their classes oldest first. */
public record StudentDetails(Student student, List<Guardian> guardians, List<Enrolment> enrolments) {

    public StudentDetails {
        guardians = List.copyOf(guardians);
        enrolments = List.copyOf(enrolments);
    }
}
