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
        return Problem.of(verdict.messageKey(),
                shortfalls.stream().map(SubjectYear::subject).collect(Collectors.joining(", ")));
    }
}
