package lv.klade.reports;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A report card (liecība) for a semester or the year: each graded subject's semester and year grades
 * as text ("8", "A", "atb"), the interest education and electives attended (in a section of their
 * own, never among the subjects), the period's absences, the tutor's remark, and at year end the
 * promotion decision (e.g. "Pārcelts nākamajā klasē") with the director's order where it is recorded.
 */
public record ReportCardData(Heading heading, Student student, ReportPeriod period, List<SubjectResult> results,
        List<SubjectResult> activities, Absences absences, String tutorRemark, Optional<String> promotionDecision,
        Optional<Order> promotionOrder) implements StudentDocumentData {

    public ReportCardData {
        Objects.requireNonNull(heading, "heading");
        Objects.requireNonNull(student, "student");
        Objects.requireNonNull(period, "period");
        results = List.copyOf(results);
        activities = List.copyOf(activities);
        Objects.requireNonNull(absences, "absences");
        tutorRemark = Objects.requireNonNullElse(tutorRemark, "");
        Objects.requireNonNull(promotionDecision, "promotionDecision");
        Objects.requireNonNull(promotionOrder, "promotionOrder");
    }

    /** A subject and its grades for semester 1, semester 2 and the year, already formatted; blank where none. */
    public record SubjectResult(String subject, String semester1, String semester2, String year) {
        public SubjectResult {
            Objects.requireNonNull(subject, "subject");
            semester1 = Objects.requireNonNullElse(semester1, "");
            semester2 = Objects.requireNonNullElse(semester2, "");
            year = Objects.requireNonNullElse(year, "");
        }

        /** The grades the card of a period shows: semester 1's; both semesters'; or all three at year end. */
        List<String> upTo(ReportPeriod period) {
            return switch (period) {
                case SEMESTER_1 -> List.of(semester1);
                case SEMESTER_2 -> List.of(semester1, semester2);
                case YEAR -> List.of(semester1, semester2, year);
            };
        }
    }

    /** A director's order (rīkojums): its number and date. */
    public record Order(String number, LocalDate date) {
        public Order {
            Objects.requireNonNull(number, "number");
            Objects.requireNonNull(date, "date");
        }
    }
}
