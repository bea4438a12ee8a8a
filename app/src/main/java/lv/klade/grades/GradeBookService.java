package lv.klade.grades;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.text.Collator;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import lv.klade.db.ChangeLog;
import lv.klade.db.ChangeRecord;
import lv.klade.db.JournalStore;
import lv.klade.i18n.Messages;
import lv.klade.i18n.UserError;
import lv.klade.school.DateRange;
import lv.klade.school.SchoolCalendar;
import lv.klade.school.SchoolRepository;
import lv.klade.school.Semester;

/**
 * Read models for the grade book, reports and the CLI: a journal's grid with averages, one
 * student's average for any period with its suggestion for a period grade, and a grade's history.
 */
public final class GradeBookService {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final SchoolRepository school;
    private final GradeRepository grades;
    private final SchoolSettings settings;
    private final PlannedTestRepository tests;
    private final ChangeLog log;
    private final Comparator<StudentFacts> latvianOrder;

    public GradeBookService(JournalStore store, SchoolRepository school) {
        this.school = school;
        this.grades = new GradeRepository(store);
        this.settings = new SchoolSettings(store, school, grades);
        this.tests = new PlannedTestRepository(store);
        this.log = new ChangeLog(store);
        Collator latvian = Collator.getInstance(Locale.of("lv"));
        this.latvianOrder = Comparator.comparing(StudentFacts::lastName, latvian)
                .thenComparing(StudentFacts::firstName, latvian).thenComparing(StudentFacts::id);
    }

    /** The grade book of a journal, of one month when {@code month} is given, else of the whole year. */
    public GradeBook gradeBook(UUID journalId, Optional<YearMonth> month) {
        JournalFacts journal = grades.journal(journalId).orElseThrow(() -> UserError.of("grades.journalMissing"));
        GradeSettings settings = this.settings.now();
        SchoolCalendar calendar = school.calendar(journal.yearId());
        DateRange shown = month.map(m -> new DateRange(m.atDay(1), m.atEndOfMonth()))
                .orElse(new DateRange(journal.yearStarts(), journal.yearEnds()));
        Map<UUID, PlannedTest> planned = new HashMap<>();
        tests.ofJournal(journalId).forEach(t -> planned.put(t.id(), t));
        List<StoredGrade> all = grades.ofJournal(journalId);
        Set<BookColumn> columns = new TreeSet<>(COLUMN_ORDER);
        planned.values().stream().filter(t -> shown.contains(t.plan().date()))
                .forEach(t -> columns.add(new BookColumn(t.plan().date(), null, t.id(), GradeKind.TEST)));
        Set<PeriodColumn> periods = new TreeSet<>(PERIOD_ORDER);
        calendar.semesters().forEach(s -> periods.add(new PeriodColumn(GradeKind.SEMESTER, s.ends())));
        periods.add(new PeriodColumn(GradeKind.YEAR, journal.yearEnds()));
        Map<UUID, Map<BookColumn, List<StoredGrade>>> cells = new HashMap<>();
        Map<UUID, Map<PeriodColumn, StoredGrade>> periodCells = new HashMap<>();
        Deadlines deadlines = new Deadlines(settings.deadlines(), settings.deadlines().byNextLesson().isEmpty()
                ? new TreeSet<>() : grades.lessonDays(journalId));
        int form = grades.form(journal);
        Map<UUID, Timeliness> timeliness = new HashMap<>();
        // A column's grades share their kind, date and usually the day they were entered: count each once.
        Map<List<Object>, Timeliness> counted = new HashMap<>();
        for (StoredGrade g : all) {
            if (g.kind().isPeriodGrade()) {
                PeriodColumn column = new PeriodColumn(g.kind(), g.workDate());
                if (g.kind() != GradeKind.MONTHLY_ATTESTATION || shown.contains(g.workDate())) {
                    periods.add(column);
                    periodCells.computeIfAbsent(g.studentId(), k -> new HashMap<>()).put(column, g);
                }
            } else if (shown.contains(g.workDate())) {
                BookColumn column = columnOf(g, planned);
                columns.add(column);
                cells.computeIfAbsent(g.studentId(), k -> new HashMap<>())
                        .computeIfAbsent(column, k -> new ArrayList<>()).add(g);
            }
            LocalDate enteredOn = g.enteredAt().atZone(Messages.RIGA).toLocalDate();
            timeliness.put(g.id(), counted.computeIfAbsent(List.of(g.kind(), g.workDate(), enteredOn),
                    k -> deadlines.check(g.kind(), g.workDate(), form, g.enteredAt(), calendar)));
        }
        List<BookRow> rows = rows(journal, all, shown, month.isPresent(), settings.weights(), cells, periodCells);
        return new GradeBook(journalId, List.copyOf(columns), List.copyOf(periods), rows, timeliness);
    }

    /**
     * The grades in one cell of a journal's book, oldest first, as {@link #gradeBook} puts them there:
     * what an edit of that cell compares with, without reading the whole book.
     */
    public List<StoredGrade> cell(UUID journalId, UUID studentId, BookColumn column) {
        Map<UUID, PlannedTest> planned = new HashMap<>();
        tests.ofJournal(journalId).forEach(t -> planned.put(t.id(), t));
        return grades.ofStudentInJournal(studentId, journalId).stream()
                .filter(g -> !g.kind().isPeriodGrade() && columnOf(g, planned).equals(column)).toList();
    }

    private List<BookRow> rows(JournalFacts journal, List<StoredGrade> all, DateRange shown, boolean oneMonth,
                               Weights weights, Map<UUID, Map<BookColumn, List<StoredGrade>>> cells,
                               Map<UUID, Map<PeriodColumn, StoredGrade>> periodCells) {
        Map<UUID, List<CountedGrade>> byStudent = new HashMap<>();
        all.forEach(g -> byStudent.computeIfAbsent(g.studentId(), k -> new ArrayList<>()).add(g.counted()));
        // Those who learn in it on a day shown, and any who have grades in it (moved or left since).
        Membership members = grades.members(journal);
        Set<UUID> shownStudents = new HashSet<>(members.during(shown));
        shownStudents.addAll(byStudent.keySet());
        return grades.students(shownStudents).values().stream().sorted(latvianOrder).map(s -> {
            List<CountedGrade> counted = byStudent.getOrDefault(s.id(), List.of());
            AverageResult toDate = WeightedAverage.of(
                    counted.stream().filter(g -> !g.date().isAfter(shown.ends())).toList(), weights);
            AverageResult inMonth = oneMonth
                    ? WeightedAverage.of(counted.stream().filter(g -> shown.contains(g.date())).toList(), weights)
                    : toDate;
            boolean current = members.learnsOn(s.id(), shown.ends()) && !s.hasLeft();
            return new BookRow(s, current, cells.getOrDefault(s.id(), Map.of()),
                    periodCells.getOrDefault(s.id(), Map.of()), toDate, inMonth);
        }).toList();
    }

    private static BookColumn columnOf(StoredGrade g, Map<UUID, PlannedTest> planned) {
        if (g.testId() != null && planned.containsKey(g.testId())) {
            return new BookColumn(planned.get(g.testId()).plan().date(), null, g.testId(), GradeKind.TEST);
        }
        return new BookColumn(g.workDate(), g.lessonId(), null, g.kind());
    }

    private static final Comparator<BookColumn> COLUMN_ORDER = Comparator.comparing(BookColumn::date)
            .thenComparing(BookColumn::kind).thenComparing(c -> String.valueOf(c.testId()))
            .thenComparing(c -> String.valueOf(c.lessonId()));
    private static final Comparator<PeriodColumn> PERIOD_ORDER = Comparator.comparing(PeriodColumn::date)
            .thenComparing(PeriodColumn::kind);

    /** When the transcripts of a month are due in the current year's calendar; empty in September and outside the year. */
    public Optional<LocalDate> transcriptDue(YearMonth month) {
        return school.currentYear().flatMap(year -> new Deadlines(settings.now().deadlines())
                .transcriptDue(month, school.calendar(year.id())));
    }

    /** A student's weighted average in a journal over a period (any dates). */
    public AverageResult average(UUID studentId, UUID journalId, DateRange period) {
        return WeightedAverage.of(grades.ofStudent(studentId).stream()
                .filter(g -> g.journalId().equals(journalId) && period.contains(g.workDate()))
                .map(StoredGrade::counted).toList(), settings.now().weights());
    }

    /** The grade Klade suggests for a semester: atb when exempt, the average rounded half up, or none. */
    public Optional<Grade> suggestSemester(UUID studentId, UUID journalId, Semester semester) {
        return suggestion(average(studentId, journalId, semester.range()));
    }

    /** The grade Klade suggests for the year, from the average of the whole year's work. */
    public Optional<Grade> suggestYear(UUID studentId, UUID journalId) {
        JournalFacts journal = grades.journal(journalId).orElseThrow(() -> UserError.of("grades.journalMissing"));
        return suggestion(average(studentId, journalId, new DateRange(journal.yearStarts(), journal.yearEnds())));
    }

    /** atb for an exempt student, the average rounded half up (7.50 → 8), or nothing with no grades. */
    public static Optional<Grade> suggestion(AverageResult average) {
        return switch (average) {
            case AverageResult.Exempt e -> Optional.of(new Grade.Exempt());
            case AverageResult.Average a -> Optional.of(a.rounded());
            case AverageResult.None n -> Optional.empty();
        };
    }

    /** A grade's history from the change log, oldest first: earlier values, who, when. */
    public List<GradeChange> history(UUID gradeId) {
        return log.forRow("grade", gradeId).stream().map(GradeBookService::toChange).toList();
    }

    private static GradeChange toChange(ChangeRecord c) {
        try {
            JsonNode fields = JSON.readTree(c.fields());
            Optional<Grade> mark = Optional.ofNullable(fields.get("mark")).map(JsonNode::asText).map(GradeParser::stored);
            Optional<String> note = Optional.ofNullable(fields.get("note")).filter(n -> !n.isNull()).map(JsonNode::asText);
            return new GradeChange(c.madeAt(), c.userId(), c.operation(), mark, note);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A change record is not JSON: " + c.id(), e);
        }
    }
}
