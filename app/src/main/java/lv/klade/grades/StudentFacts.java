package lv.klade.grades;

import java.util.UUID;

/** What grading needs to know about a student; {@code form} is 0 when they are in no class. */
public record StudentFacts(UUID id, String firstName, String lastName, boolean hasLeft, int form) {

    public String fullName() {
        return firstName + " " + lastName;
    }
}
