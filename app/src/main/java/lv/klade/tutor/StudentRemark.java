package lv.klade.tutor;

import java.util.Objects;
import java.util.UUID;

/** A student of a class with the tutor's remark for one report card; empty text when none is written. */
public record StudentRemark(UUID studentId, String firstName, String lastName, String text) {

    public StudentRemark {
        Objects.requireNonNull(studentId, "studentId");
        text = Objects.requireNonNullElse(text, "");
    }
}
