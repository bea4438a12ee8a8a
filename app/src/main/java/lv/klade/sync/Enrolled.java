package lv.klade.sync;

import java.nio.file.Path;
import java.util.UUID;

/** A PC enrolled at the central copy, and the enrolment file to carry to it. */
public record Enrolled(UUID pcId, String name, Path file, int rows, int changes) {
}
