package lv.klade.school;

import java.util.UUID;

/** The school a journal belongs to. */
public record School(UUID id, String name, String registrationNo, String address) {
}
