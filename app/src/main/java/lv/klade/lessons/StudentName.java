package lv.klade.lessons;

import java.util.UUID;

/** A student as lesson forms and lists show them. */
public record StudentName(UUID id, String firstName, String lastName) {

    public String fullName() {
        return firstName + " " + lastName;
    }
}
