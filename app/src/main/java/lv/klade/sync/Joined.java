package lv.klade.sync;

import java.nio.file.Path;
import java.util.UUID;

/** A journal that joined its school as a PC (a spoke) with the identity its enrolment file gave it. */
public record Joined(Path journal, UUID pcId, String name, UUID schoolId, int rows, int changes) {
}
