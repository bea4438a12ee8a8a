package lv.klade.school;

import java.time.LocalDate;
import java.util.UUID;

/** A subject ("mācību priekšmets") with the short name used in narrow columns; ended from {@code ends} when set. */
public record Subject(UUID id, String name, String shortName, LocalDate ends) implements Endable {
}
