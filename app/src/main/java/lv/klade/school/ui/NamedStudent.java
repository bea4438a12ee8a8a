package lv.klade.school.ui;

import java.time.LocalDate;
import java.util.UUID;

/** A student as the member picker lists them; the birth date tells two of one name apart. */
public record NamedStudent(UUID id, String name, LocalDate birthDate) {
}
