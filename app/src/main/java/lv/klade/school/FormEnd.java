package lv.klade.school;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A form's last lesson day in one school year ("mācību gads beidzas" for that form): the year's
 * second semester ends with it for that form's classes.
 */
public record FormEnd(UUID id, UUID yearId, int form, LocalDate lastDay) {

    /**
     * The row key of a form's last day in a year: the same on every PC, so two PCs that set it write
     * one row and sync keeps the later date.
     */
    static UUID key(UUID yearId, int form) {
        return UUID.nameUUIDFromBytes(("form_end:" + yearId + ":" + form).getBytes(StandardCharsets.UTF_8));
    }
}
