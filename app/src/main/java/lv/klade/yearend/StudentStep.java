package lv.klade.yearend;

import java.util.UUID;

/** One student at the year's end: their class, what happens to them, and their class next year (null when they leave). */
public record StudentStep(UUID studentId, String name, String fromClass, Step step, String toClass) {
}
