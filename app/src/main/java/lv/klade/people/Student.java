package lv.klade.people;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/** A student as the journal holds them; {@code classId} is the current class, empty once they left. */
public record Student(UUID id, String firstName, String lastName, PersonalCode personalCode,
                      LocalDate birthDate, Gender gender, String phone, String actualAddress,
                      String declaredAddress, IdDocument idDocument, UUID programmeId, UUID classId,
                      DirectorOrder admitted, DirectorOrder left) {

    public Optional<UUID> currentClass() {
        return Optional.ofNullable(classId);
    }

    public boolean hasLeft() {
        return left != null && left.date() != null;
    }

    public String fullName() {
        return firstName + " " + lastName;
    }
}
