package lv.klade.grades;

import java.util.List;
import java.util.stream.Collectors;
import lv.klade.i18n.Problem;

/** The outcome for one student, with the subjects that fall short: the reason the class tutor sees. */
public record PromotionOutcome(Verdict verdict, List<SubjectYear> shortfalls) {

    public PromotionOutcome {
        shortfalls = List.copyOf(shortfalls);
    }

    /** The outcome in words, naming the subjects: "Jāraksta pēcpārbaudījums: Matemātika, Fizika". */
    public Problem reason() {
        // Forms 1–3 are promoted; the subjects still at level S are named only when there are some.
        String key = verdict == Verdict.PROMOTED && !shortfalls.isEmpty() ? verdict.messageKey() + ".support"
                : verdict.messageKey();
        return Problem.of(key,
                shortfalls.stream().map(SubjectYear::subject).collect(Collectors.joining(", ")));
    }
}
