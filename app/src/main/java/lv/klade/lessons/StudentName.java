package lv.klade.lessons;

import java.time.LocalDate;
import java.util.UUID;

/** A student as lesson forms and lists show them; the birth date tells two of one name apart. */
public record StudentName(UUID id, String firstName, String lastName, LocalDate birthDate) {

    public String fullName() {
        return firstName + " " + lastName;
    }
}
