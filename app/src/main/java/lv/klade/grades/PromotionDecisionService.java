package lv.klade.grades;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import lv.klade.db.Actor;
import lv.klade.db.JournalStore;
import lv.klade.i18n.Messages;
import lv.klade.i18n.UserError;
import lv.klade.people.DirectorOrder;
import lv.klade.grades.PromotionDecisionRepository.ClassOf;

/**
 * Records the pedagogical council's decision on a student's next year, by the director's order
 * (Cabinet Regulation No. 11): one per student and school year, the later replacing the earlier.
 * The tutor of the student's class, the deputy director and an administrator record it
 * ({@link PromotionRights}). The order needs its number and a date within the school year, which by
 * the law runs to 31 August, so that the decision after an extended school year fits it.
 */
public final class PromotionDecisionService {
    /** The longest order number. */
    public static final int MAX_ORDER_NUMBER = 40;

    private final JournalStore store;
    private final PromotionDecisionRepository repository;

    public PromotionDecisionService(JournalStore store, PromotionDecisionRepository repository) {
        this.store = store;
        this.repository = repository;
    }

    /** The decisions recorded in a year for these students, by student. */
    public Map<UUID, PromotionDecision> ofStudents(UUID yearId, List<UUID> studentIds) {
        return studentIds.isEmpty() ? Map.of() : repository.ofStudents(yearId, studentIds);
    }

    /**
     * Records the decision for the student in their class's school year, or refuses, writing nothing,
     * when the order has no number or a date outside the year, the decision does not fit the form, or
     * the actor may not decide for the class.
     */
    public PromotionDecision decide(Actor actor, UUID studentId, Decision decision, DirectorOrder order) {
        if (decision == null) {
            throw UserError.of("decisions.decisionMissing");
        }
        String number = order == null || order.number() == null ? "" : order.number().strip();
        if (number.isEmpty() || order.date() == null) {
            throw UserError.of("decisions.orderMissing");
        }
        if (number.length() > MAX_ORDER_NUMBER) {
            throw UserError.of("decisions.orderTooLong", MAX_ORDER_NUMBER);
        }
        return store.write(actor, w -> {
            ClassOf c = repository.classOf(w, studentId).orElseThrow(() -> UserError.of("decisions.noClass"));
            UUID author = w.actor().userId();
            if (author != null && !PromotionRights.mayDecide(author, repository.roles(w, author), c.classId(),
                    c.tutorId())) {
                throw UserError.of("decisions.notAllowed", c.className());
            }
            LocalDate lastDay = LocalDate.of(c.yearEnds().getYear(), Month.AUGUST, 31);
            if (order.date().isBefore(c.yearStarts()) || order.date().isAfter(lastDay)) {
                throw UserError.of("decisions.dateOutsideYear", Messages.date(order.date()),
                        Messages.date(c.yearStarts()), Messages.date(lastDay));
            }
            if (!decision.fits(c.form())) {
                throw UserError.of("decisions.shortfallForm", c.className());
            }
            PromotionDecision made = new PromotionDecision(studentId, c.yearId(), decision,
                    new DirectorOrder(number, order.date()));
            UUID id = key(studentId, c.yearId());
            if (repository.exists(w, id)) {
                repository.update(w, id, made, w.clock().instant());
            } else {
                repository.insert(w, id, made, w.clock().instant());
            }
            return made;
        });
    }

    /** The row key of a student's decision for a year: the same on every PC, so sync meets them in one row. */
    static UUID key(UUID studentId, UUID yearId) {
        String name = "promotion_decision:" + studentId + ":" + yearId;
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
    }
}
