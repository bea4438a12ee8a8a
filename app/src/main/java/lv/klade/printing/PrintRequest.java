package lv.klade.printing;

import java.util.Objects;
import java.util.UUID;

/** What to print: a kind of document for a class (or a journal, for a teacher's month) and a period. */
public record PrintRequest(PrintKind kind, UUID target, PrintPeriod period) {

    public PrintRequest {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(period, "period");
    }
}
