package lv.klade.printing;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import lv.klade.grades.AverageResult;
import lv.klade.grades.BookRow;
import lv.klade.grades.StoredGrade;
import lv.klade.i18n.Messages;
import lv.klade.i18n.UserError;
import lv.klade.lessons.AbsenceCount;
import lv.klade.lessons.AbsenceService;
import lv.klade.lessons.AbsenceSummary;
import lv.klade.people.Gender;
import lv.klade.people.StaffMember;
import lv.klade.printing.ClassBooks.Book;
import lv.klade.reports.AbsenceReportData;
import lv.klade.reports.Absences;
import lv.klade.reports.GradeStatisticsData;
import lv.klade.reports.Heading;
import lv.klade.reports.ReportCardData;
import lv.klade.reports.Student;
import lv.klade.reports.SummaryJournalData;
import lv.klade.reports.TestPlannerData;
import lv.klade.reports.TitleForm;
import lv.klade.reports.TranscriptData;
import lv.klade.school.DateRange;
import lv.klade.school.Journal;
import lv.klade.school.Programme;
import lv.klade.school.SchoolClass;
import lv.klade.school.SchoolYear;
import lv.klade.school.Semester;

/**
 * Fills the reports' input records for a class and a period from the journal. Grades, period
 * grades and weighted averages are read from the grade books ({@link lv.klade.grades.GradeBookService}),
 * absences from the attendance marks ({@link AbsenceService}): nothing is computed a second way.
 */
public final class ReportAssembler {
    /** The school setting with the director's name, printed under the director's signature line. */
    public static final String DIRECTOR_SETTING = "school.director";

    private final JournalReads reads;
    private final Messages messages;
    private final Clock clock;

    public ReportAssembler(JournalReads reads, Messages messages, Clock clock) {
        this.reads = reads;
        this.messages = messages;
        this.clock = clock;
    }

    /** A class with what every document about it needs. */
    record ClassInfo(SchoolClass schoolClass, SchoolYear year, List<Semester> semesters, Heading heading,
                     List<lv.klade.people.Student> students) {
        DateRange days(PrintPeriod period) {
            return period.days(year, semesters);
        }
    }

    /**
     * The class with the students a document for the period lists: for a month, everyone who was in
     * the class on a day of it; for a semester or the year, those in it on its last day, or today if
     * that is sooner, so a student who moved gets their report card from one class only. Students who
     * had left the school by then are not listed; those who left later are (a closed year's graduates).
     */
    ClassInfo classInfo(UUID classId, PrintPeriod period) {
        SchoolClass schoolClass = reads.classes().schoolClass(classId)
                .orElseThrow(() -> UserError.of("printing.classMissing", String.valueOf(classId)));
        SchoolYear year = reads.school().year(schoolClass.yearId()).orElseThrow(() -> UserError.of("school.missing"));
        List<Semester> semesters = reads.school().semesters(year.id());
        String tutor = Optional.ofNullable(schoolClass.tutorId()).flatMap(reads.staff()::byId)
                .map(StaffMember::fullName).orElse("");
        Optional<Programme> programme = Optional.ofNullable(schoolClass.programmeId()).flatMap(id -> reads.classes()
                .programmes().stream().filter(p -> p.id().equals(id)).findFirst());
        DateRange days = period.days(year, semesters);
        LocalDate today = LocalDate.now(clock.withZone(Messages.RIGA));
        LocalDate last = today.isBefore(days.starts()) ? days.starts() : today.isBefore(days.ends()) ? today : days.ends();
        DateRange listed = period instanceof PrintPeriod.Month ? days : new DateRange(last, last);
        List<lv.klade.people.Student> students = reads.students().ofClass(classId, listed).stream()
                .filter(s -> !s.hasLeft() || s.left().date().isAfter(listed.ends())).toList();
        Heading heading = heading(year, schoolClass.name(), tutor)
                .withProgramme(programme.map(Programme::name).orElse(""), programme.map(Programme::code).orElse(""));
        return new ClassInfo(schoolClass, year, semesters, heading, students);
    }

    /** The heading; the signers' titles take the form their names show ({@link Gender#ofLatvianName}). */
    private Heading heading(SchoolYear year, String className, String tutor) {
        String school = reads.school().school().map(lv.klade.school.School::name).orElse("");
        // Latvian writes ordinal years ("2026./2027."), English plain ones ("2026/2027").
        String schoolYear = messages.get("reports.schoolYear", String.valueOf(year.starts().getYear()),
                String.valueOf(year.ends().getYear()));
        String director = reads.school().setting(DIRECTOR_SETTING).map(String::strip).orElse("");
        return new Heading(school, schoolYear, className, tutor, director, LocalDate.now(clock.withZone(Messages.RIGA)),
                "", "", titleForm(tutor), titleForm(director));
    }

    private static TitleForm titleForm(String name) {
        return Gender.ofLatvianName(name).map(g -> g == Gender.F ? TitleForm.FEMININE : TitleForm.MASCULINE)
                .orElse(TitleForm.NEUTRAL);
    }

    /**
     * Each student's transcript for a month: its grades by graded subject, averages since the year's
     * start, absences; interest education and electives apart; the class hour not at all.
     */
    public List<TranscriptData> transcripts(UUID classId, YearMonth month) {
        ClassInfo c = classInfo(classId, new PrintPeriod.Month(month));
        ClassBooks books = ClassBooks.of(reads, c.year().id(), classId, Optional.of(month));
        Map<UUID, AbsenceSummary> absences = ClassBooks.byId(reads.absences().monthlySummary(classId, month),
                AbsenceSummary::studentId);
        return c.students().stream().map(s -> {
            AbsenceSummary a = absences.get(s.id());
            Absences counted = a == null ? Absences.NONE : new Absences(a.justified(), a.unjustified());
            return new TranscriptData(c.heading(), student(s), month, subjectGrades(books.graded(s.id()), s.id()),
                    subjectGrades(books.activities(s.id()), s.id()), counted);
        }).toList();
    }

    private List<TranscriptData.SubjectGrades> subjectGrades(List<Book> books, UUID studentId) {
        return books.stream().map(b -> {
            BookRow row = b.rows().get(studentId);
            return new TranscriptData.SubjectGrades(b.subject(), dated(row), average(row.sinceYearStart()));
        }).toList();
    }

    private static List<TranscriptData.DatedGrade> dated(BookRow row) {
        List<TranscriptData.DatedGrade> grades = new ArrayList<>();
        row.cells().entrySet().stream().sorted(Map.Entry.comparingByKey(
                        Comparator.comparing(lv.klade.grades.BookColumn::date)
                                .thenComparing(col -> col.kind().ordinal())))
                .forEach(e -> e.getValue().stream().sorted(Comparator.comparing(StoredGrade::enteredAt))
                        .forEach(g -> grades.add(new TranscriptData.DatedGrade(e.getKey().date(), g.grade().typed()))));
        return grades;
    }

    /** The grade book's average as it shows it (two decimals), with the language's decimal mark. */
    String average(AverageResult result) {
        return switch (result) {
            case AverageResult.Average a -> decimal(a.value());
            case AverageResult.Exempt e -> new lv.klade.grades.Grade.Exempt().typed();
            case AverageResult.None n -> "";
        };
    }

    String decimal(BigDecimal value) {
        String text = value.toPlainString();
        return messages.locale().equals(Messages.ENGLISH) ? text : text.replace('.', ',');
    }

    /** Each student's report card for a semester or the year; at year end with the promotion decision. */
    public List<ReportCardData> reportCards(UUID classId, PrintPeriod period) {
        return new YearCards(this).reportCards(classId, period);
    }

    /** The class's summary journal: every student × graded subject, the year's absences and promotion. */
    public SummaryJournalData summary(UUID classId) {
        return new YearCards(this).summary(classId);
    }

    static Absences absences(AbsenceCount count) {
        return count == null ? Absences.NONE : new Absences(count.justified(), count.unjustified());
    }

    static Student student(lv.klade.people.Student s) {
        return new Student(s.firstName(), s.lastName());
    }

    /** Each student's absences and times late in a period, with the school's limit for unjustified ones. */
    public AbsenceReportData absences(UUID classId, PrintPeriod period) {
        ClassInfo c = classInfo(classId, period);
        DateRange days = c.days(period);
        Map<UUID, AbsenceCount> counts = reads.absences().counts(classId, days);
        List<AbsenceReportData.Row> rows = c.students().stream().map(s -> {
            AbsenceCount count = counts.getOrDefault(s.id(), AbsenceCount.NONE);
            return new AbsenceReportData.Row(student(s), absences(count), count.late());
        }).toList();
        return new AbsenceReportData(c.heading(), days.starts(), days.ends(), rows, unjustifiedLimit());
    }

    private int unjustifiedLimit() {
        try {
            return reads.school().setting(AbsenceService.LIMIT_SETTING).map(String::strip).map(Integer::parseInt)
                    .orElse(AbsenceService.DEFAULT_LIMIT);
        } catch (NumberFormatException e) {
            return AbsenceService.DEFAULT_LIMIT;
        }
    }

    /**
     * Per subject, the 10-point grades the class's students were given for work in the period
     * (period grades left out): how many of each, and their plain average.
     */
    public GradeStatisticsData statistics(UUID classId, PrintPeriod period) {
        ClassInfo c = classInfo(classId, period);
        DateRange days = c.days(period);
        ClassBooks books = ClassBooks.of(reads, c.year().id(), classId, Optional.empty());
        List<GradeStatisticsData.Row> rows = new ArrayList<>();
        for (Book book : books.all()) {
            int[] counts = new int[10];
            c.students().stream().map(s -> book.rows().get(s.id())).filter(java.util.Objects::nonNull)
                    .flatMap(r -> r.cells().values().stream()).flatMap(List::stream)
                    .filter(g -> days.contains(g.workDate()))
                    .forEach(g -> {
                        if (g.grade() instanceof lv.klade.grades.Grade.Points(int value)) {
                            counts[value - 1]++;
                        }
                    });
            rows.add(new GradeStatisticsData.Row(book.subject(), teachers(book.journal()), mean(counts),
                    java.util.Arrays.stream(counts).boxed().toList()));
        }
        return new GradeStatisticsData(c.heading(), days.starts(), days.ends(), rows);
    }

    private String mean(int[] counts) {
        long n = 0;
        long sum = 0;
        for (int i = 0; i < counts.length; i++) {
            n += counts[i];
            sum += (long) counts[i] * (i + 1);
        }
        return n == 0 ? "" : decimal(BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(n), 2, java.math.RoundingMode.HALF_UP));
    }

    String teachers(Journal journal) {
        return journal.teachers().stream().map(t -> reads.staff().byId(t.staffId()).map(StaffMember::fullName).orElse(""))
                .filter(n -> !n.isEmpty()).collect(Collectors.joining(", "));
    }

    /** The class's planned tests in a period, by date. */
    public TestPlannerData testPlanner(UUID classId, PrintPeriod period) {
        ClassInfo c = classInfo(classId, period);
        DateRange days = c.days(period);
        Map<UUID, Journal> journals = ClassBooks.byId(reads.classes().journals(c.year().id()), Journal::id);
        Map<UUID, String> subjects = reads.classes().subjects().stream()
                .collect(Collectors.toMap(lv.klade.school.Subject::id, lv.klade.school.Subject::name));
        List<TestPlannerData.PlannedTest> tests = reads.planner().ofClass(classId, days.starts(), days.ends()).stream()
                .sorted(Comparator.comparing(t -> t.plan().date()))
                .map(t -> {
                    Journal journal = journals.get(t.plan().journalId());
                    String subject = journal == null ? "" : subjects.getOrDefault(journal.subjectId(), journal.name());
                    return new TestPlannerData.PlannedTest(t.plan().date(), subject,
                            journal == null ? "" : teachers(journal), t.plan().lessons(),
                            TestPlannerData.Scope.valueOf(t.plan().scope().name()), t.plan().topic());
                }).toList();
        return new TestPlannerData(c.heading(), days.starts(), days.ends(), tests);
    }

    Heading journalHeading(Journal journal) {
        SchoolYear year = reads.school().year(journal.yearId()).orElseThrow(() -> UserError.of("school.missing"));
        Optional<SchoolClass> schoolClass = Optional.ofNullable(journal.classId()).flatMap(reads.classes()::schoolClass);
        String name = schoolClass.map(SchoolClass::name).orElseGet(() -> reads.classes().groups(journal.yearId()).stream()
                .filter(g -> g.id().equals(journal.groupId())).map(lv.klade.school.StudentGroup::name).findFirst()
                .orElse(journal.name()));
        String tutor = schoolClass.map(SchoolClass::tutorId).flatMap(reads.staff()::byId).map(StaffMember::fullName)
                .orElse("");
        return heading(year, name, tutor);
    }

    JournalReads reads() {
        return reads;
    }

    Messages messages() {
        return messages;
    }
}
