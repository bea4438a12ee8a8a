package lv.klade.school;

import java.util.UUID;

/** An education programme with its 8-digit Latvian code, e.g. 21011111. */
public record Programme(UUID id, String code, String name) {
}
