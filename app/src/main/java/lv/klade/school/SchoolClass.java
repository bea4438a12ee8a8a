package lv.klade.school;

import java.time.LocalDate;
import java.util.UUID;

/** A class such as "7.a" in form 7 of one school year; programme, tutor and end may be unset. */
public record SchoolClass(UUID id, UUID yearId, String name, int form, UUID programmeId, UUID tutorId,
                          LocalDate ends) implements Endable {
}
