package lv.klade.school;

import java.time.LocalDate;
import java.util.UUID;

/** A class such as "7.a" in form 7 of one school year; programme, tutor and end may be unset. */
public record SchoolClass(UUID id, UUID yearId, String name, int form, UUID programmeId, UUID tutorId,
                          LocalDate ends) implements Endable {
    /** The forms of Latvian general education: 1 to 12. */
    public static final int FIRST_FORM = 1;
    public static final int LAST_FORM = 12;
}
