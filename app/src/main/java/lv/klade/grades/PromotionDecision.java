package lv.klade.grades;

import java.util.Objects;
import java.util.UUID;
import lv.klade.people.DirectorOrder;

/** A student's recorded promotion decision for a school year, with the director's order that gives it. */
public record PromotionDecision(UUID studentId, UUID yearId, Decision decision, DirectorOrder order) {

    public PromotionDecision {
        Objects.requireNonNull(studentId, "studentId");
        Objects.requireNonNull(yearId, "yearId");
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(order, "order");
    }
}
