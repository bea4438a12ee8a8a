package lv.klade.people;

import java.util.UUID;

/** A student's parent or guardian. */
public record Guardian(UUID id, UUID studentId, String firstName, String lastName, String phone, String relation) {
}
