package lv.klade.school;

import java.time.LocalDate;
import java.util.UUID;

/** An education programme with its 8-digit Latvian code, e.g. 21011111; ended from {@code ends} when set. */
public record Programme(UUID id, String code, String name, LocalDate ends) implements Endable {
}
