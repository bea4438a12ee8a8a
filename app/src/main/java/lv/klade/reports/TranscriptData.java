package lv.klade.reports;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

/**
 * A monthly progress transcript (sekmju izraksts): the month's grades by graded subject with their
 * dates, each subject's weighted average since the year's start (already formatted, e.g. "7,4"), and
 * the month's absences. Interest education and electives are {@code activities}, printed in a section
 * of their own; the tutor's class hour is neither.
 */
public record TranscriptData(Heading heading, Student student, YearMonth month, List<SubjectGrades> subjects,
        List<SubjectGrades> activities, Absences absences) implements StudentDocumentData {

    public TranscriptData {
        Objects.requireNonNull(heading, "heading");
        Objects.requireNonNull(student, "student");
        Objects.requireNonNull(month, "month");
        subjects = List.copyOf(subjects);
        activities = List.copyOf(activities);
        Objects.requireNonNull(absences, "absences");
    }

    /** A transcript of graded subjects only. */
    public TranscriptData(Heading heading, Student student, YearMonth month, List<SubjectGrades> subjects,
                          Absences absences) {
        this(heading, student, month, subjects, List.of(), absences);
    }

    /** One subject's grades in the month and its weighted average since the year's start ("" if none). */
    public record SubjectGrades(String subject, List<DatedGrade> grades, String weightedAverage) {
        public SubjectGrades {
            Objects.requireNonNull(subject, "subject");
            grades = List.copyOf(grades);
            weightedAverage = Objects.requireNonNullElse(weightedAverage, "");
        }
    }

    /** A grade as the grade book shows it ("8", "A", "i", "75%", "nv") and the day it was given. */
    public record DatedGrade(LocalDate date, String text) {
        public DatedGrade {
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(text, "text");
        }
    }
}
