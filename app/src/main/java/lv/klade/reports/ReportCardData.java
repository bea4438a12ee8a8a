package lv.klade.reports;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A report card (liecība) for a semester or the year: each subject's grade as text ("8", "A",
 * "atb"), the period's absences, the tutor's remark, and at year end the promotion decision
 * as the director's order words it (e.g. "Pārcelts uz 8. klasi").
 */
public record ReportCardData(Heading heading, Student student, ReportPeriod period, List<SubjectResult> results,
        Absences absences, String tutorRemark, Optional<String> promotionDecision) implements StudentDocumentData {

    public ReportCardData {
        Objects.requireNonNull(heading, "heading");
        Objects.requireNonNull(student, "student");
        Objects.requireNonNull(period, "period");
        results = List.copyOf(results);
        Objects.requireNonNull(absences, "absences");
        tutorRemark = Objects.requireNonNullElse(tutorRemark, "");
        Objects.requireNonNull(promotionDecision, "promotionDecision");
    }

    /** A subject and its semester or year grade, already formatted ("8", "P", "atb"). */
    public record SubjectResult(String subject, String grade) {
        public SubjectResult {
            Objects.requireNonNull(subject, "subject");
            grade = Objects.requireNonNullElse(grade, "");
        }
    }
}
