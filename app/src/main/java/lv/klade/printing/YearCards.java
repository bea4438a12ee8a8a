package lv.klade.printing;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import lv.klade.grades.BookRow;
import lv.klade.grades.Grade;
import lv.klade.grades.GradeKind;
import lv.klade.grades.Promotion;
import lv.klade.grades.PromotionDecision;
import lv.klade.grades.PromotionOutcome;
import lv.klade.grades.SubjectYear;
import lv.klade.grades.Verdict;
import lv.klade.i18n.Messages;
import lv.klade.i18n.UserError;
import lv.klade.lessons.AbsenceCount;
import lv.klade.people.Enrolment;
import lv.klade.printing.ClassBooks.Book;
import lv.klade.printing.ReportAssembler.ClassInfo;
import lv.klade.reports.ReportCardData;
import lv.klade.reports.ReportPeriod;
import lv.klade.reports.SummaryJournalData;
import lv.klade.school.Semester;
import lv.klade.tutor.RemarkPeriod;

/**
 * Report cards and the summary journal: the documents of a class's semesters and year. Only graded
 * subjects ({@link lv.klade.grades.GradedSubjects}) are listed as subjects and decide promotion;
 * interest education and electives have a section of their own on the report card. Where the
 * council's decision is recorded ({@link PromotionDecision}) it is printed with its order; else the
 * outcome the grades give, with the order that moved the student on.
 */
final class YearCards {
    private final ReportAssembler assembler;
    private final JournalReads reads;
    private final Messages messages;

    YearCards(ReportAssembler assembler) {
        this.assembler = assembler;
        this.reads = assembler.reads();
        this.messages = assembler.messages();
    }

    List<ReportCardData> reportCards(UUID classId, PrintPeriod period) {
        ClassInfo c = assembler.classInfo(classId, period);
        ReportPeriod reportPeriod = switch (period) {
            case PrintPeriod.Semester(int n) -> n == 1 ? ReportPeriod.SEMESTER_1 : ReportPeriod.SEMESTER_2;
            case PrintPeriod.Year y -> ReportPeriod.YEAR;
            case PrintPeriod.Month m -> throw UserError.of("printing.periodNotFor",
                    messages.get(PrintKind.REPORT_CARD.messageKey()));
        };
        ClassBooks books = ClassBooks.of(reads, c.year().id(), classId, Optional.empty());
        Map<UUID, AbsenceCount> absences = reads.absences().counts(classId, c.days(period));
        Map<UUID, String> remarks = reads.remarks().texts(classId, c.year().id(), switch (reportPeriod) {
            case SEMESTER_1 -> RemarkPeriod.SEMESTER_1;
            case SEMESTER_2 -> RemarkPeriod.SEMESTER_2;
            case YEAR -> RemarkPeriod.YEAR;
        });
        boolean year = reportPeriod == ReportPeriod.YEAR;
        Map<UUID, PromotionDecision> decided = decisions(c);
        return c.students().stream().map(s -> {
            Optional<PromotionDecision> decision = Optional.ofNullable(decided.get(s.id()));
            return new ReportCardData(c.heading(), ReportAssembler.student(s),
                    reportPeriod, books.graded(s.id()).stream().map(b -> result(b, s.id(), c)).toList(),
                    books.activities(s.id()).stream().map(b -> result(b, s.id(), c)).toList(),
                    ReportAssembler.absences(absences.get(s.id())), remarks.getOrDefault(s.id(), ""),
                    year ? Optional.of(decision.map(d -> messages.get(d.decision().messageKey()))
                            .orElseGet(() -> messages.text(outcome(c, books, s.id()).reason()))) : Optional.empty(),
                    year ? decision.map(d -> order(d.order())).or(() -> promotionOrder(s, c)) : Optional.empty());
        }).toList();
    }

    /** The council's decisions recorded for the class's students in its year, by student. */
    private Map<UUID, PromotionDecision> decisions(ClassInfo c) {
        return reads.decisions().ofStudents(c.year().id(), c.students().stream().map(lv.klade.people.Student::id)
                .toList());
    }

    private static ReportCardData.Order order(lv.klade.people.DirectorOrder order) {
        return new ReportCardData.Order(order.number(), order.date());
    }

    /** A subject's semester grades and its year grade (in forms 1–3 the year's level, see {@link SubjectYear#of}). */
    private static ReportCardData.SubjectResult result(Book book, UUID studentId, ClassInfo c) {
        BookRow row = book.rows().get(studentId);
        return new ReportCardData.SubjectResult(book.subject(), semester(row, c, 1), semester(row, c, 2),
                year(row, c));
    }

    /** The year grade; in forms 1–3 the year's level as {@link SubjectYear#of} takes it. */
    private static String year(BookRow row, ClassInfo c) {
        int form = c.schoolClass().form();
        return form <= SubjectYear.LAST_LEVEL_FORM ? SubjectYear.of(null, "", row.periods().values(), form).year().map(Grade::typed).orElse("")
                : ClassBooks.text(ClassBooks.periodGrade(row, GradeKind.YEAR, Optional.empty()));
    }

    /** The outcome {@link Promotion} gives from the student's graded subjects, as the grade book holds them. */
    static PromotionOutcome outcome(ClassInfo c, ClassBooks books, UUID studentId) {
        int form = c.schoolClass().form();
        // Forms 1–3 are given levels only in some subjects, as YearResults counts them.
        List<SubjectYear> years = books.graded(studentId).stream()
                .filter(b -> form > SubjectYear.LAST_LEVEL_FORM || b.holdsLevels())
                .map(b -> SubjectYear.of(b.journal().subjectId(), b.subject(),
                        b.rows().get(studentId).periods().values(), form)).toList();
        return Promotion.outcome(form, years);
    }

    /**
     * The director's order that moved the student on from this class at the year's end: the order of
     * their next class's enrolment, which begins the day after this one ends, or of their leaving.
     */
    private Optional<ReportCardData.Order> promotionOrder(lv.klade.people.Student student, ClassInfo c) {
        LocalDate yearEnd = c.semesters().stream().map(Semester::ends).max(Comparator.naturalOrder())
                .orElse(c.year().ends());
        List<Enrolment> enrolments = reads.students().details(student.id()).map(d -> d.enrolments()).orElse(List.of());
        return enrolments.stream()
                .filter(e -> e.classId().equals(c.schoolClass().id()) && e.ends() != null && !e.ends().isBefore(yearEnd))
                .findFirst().flatMap(e -> enrolments.stream().filter(n -> e.ends().plusDays(1).equals(n.starts()))
                        .map(Enrolment::order).findFirst()
                        .or(() -> student.hasLeft() && student.left().date().equals(e.ends())
                                ? Optional.of(student.left()) : Optional.empty()))
                .filter(o -> o.number() != null && !o.number().isBlank() && o.date() != null)
                .map(o -> new ReportCardData.Order(o.number(), o.date()));
    }

    SummaryJournalData summary(UUID classId) {
        ClassInfo c = assembler.classInfo(classId, new PrintPeriod.Year());
        ClassBooks books = ClassBooks.of(reads, c.year().id(), classId, Optional.empty());
        Map<UUID, AbsenceCount> absences = reads.absences().counts(classId, c.year().range());
        List<String> subjects = books.gradedSubjects();
        Map<UUID, PromotionDecision> decided = decisions(c);
        Map<String, String> used = new TreeMap<>();
        Map<lv.klade.people.DirectorOrder, List<String>> orders = new LinkedHashMap<>();
        List<SummaryJournalData.Row> rows = new ArrayList<>();
        for (lv.klade.people.Student s : c.students()) {
            PromotionDecision decision = decided.get(s.id());
            String code;
            if (decision == null) {
                Verdict verdict = outcome(c, books, s.id()).verdict();
                code = code(verdict);
                used.put(code, messages.get("reports.summary.verdict." + verdict.name()));
            } else {
                code = messages.get(decision.decision().codeKey());
                used.put(code, lowerFirst(messages.get(decision.decision().messageKey())));
                orders.computeIfAbsent(decision.order(), o -> new ArrayList<>()).add((rows.size() + 1) + ".");
            }
            rows.add(new SummaryJournalData.Row(ReportAssembler.student(s), subjects.stream()
                    .map(subject -> books.graded(s.id(), subject)
                            .map(b -> subjectYear(b.rows().get(s.id()), c)).orElse(SummaryJournalData.SubjectYear.NONE))
                    .toList(), ReportAssembler.absences(absences.get(s.id())), code));
        }
        String legend = used.entrySet().stream().map(e -> messages.get("reports.summary.verdict", e.getKey(),
                e.getValue())).collect(Collectors.joining("; "));
        return new SummaryJournalData(c.heading(), subjects, rows, legend + orders(orders, rows.size()));
    }

    /** The orders the decisions were given by: "; rīkojums Nr. 45-i, 15.06.2027 (1., 2.)", no numbers for all. */
    private String orders(Map<lv.klade.people.DirectorOrder, List<String>> orders, int students) {
        return orders.entrySet().stream().map(e -> "; " + messages.get("reports.summary.order", e.getKey().number(),
                        Messages.date(e.getKey().date()))
                        + (e.getValue().size() == students ? "" : " (" + String.join(", ", e.getValue()) + ")"))
                .collect(Collectors.joining());
    }

    private String lowerFirst(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toLowerCase(messages.locale()) + text.substring(1);
    }

    private String code(Verdict verdict) {
        return messages.get("reports.summary.code." + verdict.name());
    }

    private static SummaryJournalData.SubjectYear subjectYear(BookRow row, ClassInfo c) {
        return new SummaryJournalData.SubjectYear(semester(row, c, 1), semester(row, c, 2), year(row, c),
                ClassBooks.text(ClassBooks.periodGrade(row, GradeKind.EXAM, Optional.empty())),
                ClassBooks.text(ClassBooks.periodGrade(row, GradeKind.FINAL, Optional.empty())));
    }

    private static String semester(BookRow row, ClassInfo c, int number) {
        return c.semesters().stream().filter(s -> s.number() == number).findFirst()
                .map(s -> ClassBooks.text(ClassBooks.periodGrade(row, GradeKind.SEMESTER, Optional.of(s.range()))))
                .orElse("");
    }
}
