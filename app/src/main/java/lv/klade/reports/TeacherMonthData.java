package lv.klade.reports;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

/**
 * A teacher's journal (one subject × class or group) for a month: the lessons with topic and
 * homework, and each student's marks per lesson ("n" for absent, grades as text, "" for nothing),
 * in the order of {@link #lessons()}.
 */
public record TeacherMonthData(Heading heading, String teacher, String subject, YearMonth month,
        List<Lesson> lessons, List<StudentMarks> students) {

    public TeacherMonthData {
        Objects.requireNonNull(heading, "heading");
        Objects.requireNonNull(teacher, "teacher");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(month, "month");
        lessons = List.copyOf(lessons);
        students = List.copyOf(students);
        for (StudentMarks marks : students) {
            if (marks.marks().size() != lessons.size()) {
                throw new IllegalArgumentException(marks.student().listName() + " has " + marks.marks().size()
                        + " marks for " + lessons.size() + " lessons");
            }
        }
    }

    /** A lesson held: date, topic (with its planned result), homework and notes. */
    public record Lesson(LocalDate date, String topic, String homework, String notes) {
        public Lesson {
            Objects.requireNonNull(date, "date");
            topic = Objects.requireNonNullElse(topic, "");
            homework = Objects.requireNonNullElse(homework, "");
            notes = Objects.requireNonNullElse(notes, "");
        }
    }

    /** One student's marks in the month's lessons, one per lesson; the month's absences counted. */
    public record StudentMarks(Student student, List<String> marks, Absences absences) {
        public StudentMarks {
            Objects.requireNonNull(student, "student");
            marks = marks.stream().map(m -> Objects.requireNonNullElse(m, "")).toList();
            Objects.requireNonNull(absences, "absences");
        }
    }
}
