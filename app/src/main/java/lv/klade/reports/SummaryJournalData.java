package lv.klade.reports;

import java.util.List;
import java.util.Objects;

/**
 * A class's summary journal of achievements (mācību sasniegumu kopsavilkuma žurnāls) at year end:
 * for every student, one {@link SubjectYear} per graded subject in the order of {@link #subjects()},
 * the year's absences and the promotion decision as a short code ("P", "PP"); the legend explains
 * the codes used ("P – pārcelts nākamajā klasē; PP – …").
 */
public record SummaryJournalData(Heading heading, List<String> subjects, List<Row> rows, String promotionLegend) {

    public SummaryJournalData {
        Objects.requireNonNull(heading, "heading");
        promotionLegend = Objects.requireNonNullElse(promotionLegend, "");
        subjects = List.copyOf(subjects);
        rows = List.copyOf(rows);
        for (Row row : rows) {
            if (row.grades().size() != subjects.size()) {
                throw new IllegalArgumentException(row.student().listName() + " has " + row.grades().size()
                        + " subjects' grades, the journal has " + subjects.size() + " subjects");
            }
        }
    }

    /** One student's line: grades per subject (same order as the subjects), absences, the promotion code. */
    public record Row(Student student, List<SubjectYear> grades, Absences absences, String promotion) {
        public Row {
            Objects.requireNonNull(student, "student");
            grades = List.copyOf(grades);
            Objects.requireNonNull(absences, "absences");
            promotion = Objects.requireNonNullElse(promotion, "");
        }
    }

    /** A subject's grades over the year as text; blank where there is none (no exam, say). */
    public record SubjectYear(String semester1, String semester2, String year, String exam, String finalGrade) {
        public static final SubjectYear NONE = new SubjectYear("", "", "", "", "");

        public SubjectYear {
            semester1 = Objects.requireNonNullElse(semester1, "");
            semester2 = Objects.requireNonNullElse(semester2, "");
            year = Objects.requireNonNullElse(year, "");
            exam = Objects.requireNonNullElse(exam, "");
            finalGrade = Objects.requireNonNullElse(finalGrade, "");
        }

        List<String> inOrder() {
            return List.of(semester1, semester2, year, exam, finalGrade);
        }
    }
}
