package lv.klade.school;

import java.util.UUID;

/** A subject ("mācību priekšmets") with the short name used in narrow columns. */
public record Subject(UUID id, String name, String shortName) {
}
