package lv.klade.printing;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import lv.klade.grades.BookColumn;
import lv.klade.grades.BookRow;
import lv.klade.grades.GradeBook;
import lv.klade.grades.StoredGrade;
import lv.klade.i18n.UserError;
import lv.klade.lessons.AbsenceCount;
import lv.klade.lessons.Lesson;
import lv.klade.lessons.LessonType;
import lv.klade.reports.Absences;
import lv.klade.reports.Student;
import lv.klade.reports.TeacherMonthData;
import lv.klade.school.DateRange;
import lv.klade.school.Journal;

/**
 * A journal's month as the teacher's journal prints it: the lessons recorded, and per student and
 * lesson the attendance code and the grades given in that lesson (or on its day, for grades not tied
 * to a lesson), all read from the lessons and the grade book.
 */
final class TeacherMonthAssembler {
    private final ReportAssembler assembler;

    TeacherMonthAssembler(ReportAssembler assembler) {
        this.assembler = assembler;
    }

    TeacherMonthData teacherMonth(Journal journal, YearMonth month) {
        JournalReads reads = assembler.reads();
        DateRange days = new DateRange(month.atDay(1), month.atEndOfMonth());
        List<Lesson> lessons = reads.lessons().lessonsOfJournals(List.of(journal.id()), days).stream()
                .sorted(Comparator.comparing(Lesson::date).thenComparing(l -> l.period() == null ? 0 : l.period()))
                .toList();
        GradeBook book = reads.gradeBooks().gradeBook(journal.id(), Optional.of(month));
        Map<UUID, Map<UUID, String>> codes = new HashMap<>();
        lessons.forEach(l -> codes.put(l.id(), reads.lessons().marks(l.id())));
        Map<UUID, AbsenceCount> absences = reads.absences().journalCounts(journal.id(), days);
        List<TeacherMonthData.StudentMarks> students = new ArrayList<>();
        for (BookRow row : book.rows()) {
            if (!row.current()) {
                continue;
            }
            UUID id = row.student().id();
            List<StringBuilder> marks = lessons.stream().map(l -> new StringBuilder(
                    codes.get(l.id()).getOrDefault(id, ""))).toList();
            row.cells().forEach((column, grades) -> lessonIndex(lessons, column).ifPresent(i ->
                    grades.stream().sorted(Comparator.comparing(StoredGrade::enteredAt)).forEach(g -> {
                        StringBuilder mark = marks.get(i);
                        mark.append(mark.isEmpty() ? "" : " ").append(g.grade().typed());
                    })));
            AbsenceCount count = absences.getOrDefault(id, AbsenceCount.NONE);
            students.add(new TeacherMonthData.StudentMarks(
                    new Student(row.student().firstName(), row.student().lastName()),
                    marks.stream().map(StringBuilder::toString).toList(),
                    new Absences(count.justified(), count.unjustified())));
        }
        String subject = reads.classes().subjects().stream().filter(s -> s.id().equals(journal.subjectId()))
                .map(lv.klade.school.Subject::name).findFirst().orElse(journal.name());
        return new TeacherMonthData(assembler.journalHeading(journal), assembler.teachers(journal), subject, month,
                lessons.stream().map(this::lesson).toList(), students);
    }

    private TeacherMonthData.Lesson lesson(Lesson l) {
        String topic = blank(l.plannedResult()) ? text(l.topic())
                : assembler.messages().get("printing.topicWithResult", l.plannedResult(), text(l.topic()));
        String notes = l.type() instanceof LessonType.NotHeld(String reason)
                ? assembler.messages().get("printing.notHeld", reason) : text(l.notes());
        return new TeacherMonthData.Lesson(l.date(), topic, text(l.homework()), notes);
    }

    /** The lesson a grade column belongs to: its own lesson, else the first lesson on its day. */
    private static Optional<Integer> lessonIndex(List<Lesson> lessons, BookColumn column) {
        for (int i = 0; i < lessons.size(); i++) {
            if (column.lessonId() != null && column.lessonId().equals(lessons.get(i).id())) {
                return Optional.of(i);
            }
        }
        LocalDate date = column.date();
        for (int i = 0; i < lessons.size(); i++) {
            if (lessons.get(i).date().equals(date)) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    static Journal journal(JournalReads reads, UUID yearId, UUID journalId) {
        return reads.classes().journals(yearId).stream().filter(j -> j.id().equals(journalId)).findFirst()
                .orElseThrow(() -> UserError.of("printing.journalMissing"));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }
}
