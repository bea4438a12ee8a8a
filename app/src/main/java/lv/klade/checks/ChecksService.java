package lv.klade.checks;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import lv.klade.db.Actor;
import lv.klade.db.JournalStore;
import lv.klade.grades.Deadlines;
import lv.klade.grades.GradeKind;
import lv.klade.grades.GradeSettings;
import lv.klade.grades.Timeliness;
import lv.klade.i18n.Messages;
import lv.klade.i18n.UserError;
import lv.klade.lessons.AbsenceService;
import lv.klade.lessons.AbsenceSummary;
import lv.klade.lessons.AttendanceCodes;
import lv.klade.lessons.EntryDeadline;
import lv.klade.lessons.Lesson;
import lv.klade.lessons.LessonKind;
import lv.klade.lessons.LessonRepository;
import lv.klade.lessons.LessonState;
import lv.klade.people.StaffMember;
import lv.klade.school.ClassRepository;
import lv.klade.school.DateRange;
import lv.klade.school.Journal;
import lv.klade.school.SchoolCalendar;
import lv.klade.school.SchoolClass;
import lv.klade.school.SchoolRepository;
import lv.klade.school.SchoolYear;
import lv.klade.school.StudentGroup;
import lv.klade.school.TeacherRole;
import lv.klade.timetable.PlannedLesson;
import lv.klade.timetable.Planner;
import lv.klade.timetable.TimetableRepository;

/**
 * The deputy director's checks of the current school year: what the journal and its entry times
 * show against the school's deadlines (lessons, grades, absences, transcripts). It only reads,
 * except {@link #transcriptsIssued}, which records that a class's transcripts were printed.
 */
public final class ChecksService {
    private final JournalStore store;
    private final SchoolRepository school;
    private final ClassRepository classes;
    private final TimetableRepository timetables;
    private final LessonRepository lessons;
    private final AbsenceService absences;
    private final ChecksRepository repository;
    private final Clock clock;

    public ChecksService(JournalStore store, SchoolRepository school, ClassRepository classes,
                         TimetableRepository timetables, LessonRepository lessons, AbsenceService absences,
                         ChecksRepository repository, Clock clock) {
        this.store = store;
        this.school = school;
        this.classes = classes;
        this.timetables = timetables;
        this.lessons = lessons;
        this.absences = absences;
        this.repository = repository;
        this.clock = clock;
    }

    /** The school year's months, for choosing a period. */
    public List<YearMonth> months() {
        SchoolYear year = year();
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = YearMonth.from(year.starts()); !m.isAfter(YearMonth.from(year.ends())); m = m.plusMonths(1)) {
            months.add(m);
        }
        return months;
    }

    /** The findings the filter asks for, by day, kind and what they name; refused for anyone but the office. */
    public List<CheckLine> run(StaffMember viewer, CheckFilter filter) {
        if (!ChecksRights.mayCheck(viewer)) {
            throw UserError.of("checks.notAllowed", viewer.fullName());
        }
        SchoolYear year = year();
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, Messages.RIGA);
        DateRange period = period(year, filter.month(), today);
        Context c = new Context(year, school.calendar(year.id()), now, today, period);
        List<CheckLine> lines = new ArrayList<>();
        if (!period.ends().isBefore(period.starts())) {
            lessonLines(c, lines);
            gradeLines(c, lines);
            absenceLines(c, lines);
        }
        transcriptLines(c, filter.month(), lines);
        return lines.stream()
                .filter(l -> filter.teacherId() == null || filter.teacherId().equals(l.teacherId()))
                .filter(l -> filter.classId() == null || filter.classId().equals(l.classId()))
                .sorted(Comparator.comparing(CheckLine::date).thenComparing(CheckLine::kind)
                        .thenComparing(CheckLine::names))
                .toList();
    }

    /** The year's classes, by name, for choosing one. */
    public List<SchoolClass> classes() {
        return classes.classes(year().id()).stream().sorted(Comparator.comparing(SchoolClass::name)).toList();
    }

    /** Who teaches a journal of the year at some time: the teachers a line can name. */
    public Set<UUID> teacherIds() {
        Set<UUID> ids = new HashSet<>();
        classes.journals(year().id()).forEach(j -> j.teachers().forEach(t -> ids.add(t.staffId())));
        return ids;
    }

    /** The filter's lines as a PDF under the school's and the year's names and {@code period}. */
    public byte[] pdf(StaffMember viewer, CheckFilter filter, String period, Messages messages) {
        List<CheckLine> lines = run(viewer, filter);
        String schoolName = school.school().map(lv.klade.school.School::name).orElse("");
        return CheckTexts.pdf(lines, schoolName, year().name(), period, LocalDate.ofInstant(clock.instant(), Messages.RIGA),
                messages);
    }

    /** Records that a class's transcripts of a month were issued (printed) now. */
    public void transcriptsIssued(Actor actor, UUID classId, YearMonth month) {
        store.run(actor, w -> repository.insertIssue(w, classId, month));
    }

    private SchoolYear year() {
        return school.currentYear().orElseThrow(() -> UserError.of("school.missing"));
    }

    /** The month's days up to today, or the year's so far; a month outside the year is refused. */
    static DateRange period(SchoolYear year, YearMonth month, LocalDate today) {
        LocalDate starts = year.starts();
        LocalDate ends = today.isBefore(year.ends()) ? today : year.ends();
        if (month != null) {
            if (month.isBefore(YearMonth.from(year.starts())) || month.isAfter(YearMonth.from(year.ends()))) {
                throw UserError.of("checks.monthOutsideYear", month.toString(), year.name());
            }
            starts = month.atDay(1).isBefore(starts) ? starts : month.atDay(1);
            ends = month.atEndOfMonth().isBefore(ends) ? month.atEndOfMonth() : ends;
        }
        return new DateRange(starts, ends.isBefore(starts) ? starts.minusDays(1) : ends);
    }

    /** What every check needs, read once. */
    private final class Context {
        final SchoolYear year;
        final SchoolCalendar calendar;
        final Instant now;
        final LocalDate today;
        final DateRange period;
        final Map<UUID, Journal> journals;
        final Map<UUID, SchoolClass> classOf = new HashMap<>();
        final Map<UUID, SchoolClass> classesById;

        Context(SchoolYear year, SchoolCalendar calendar, Instant now, LocalDate today, DateRange period) {
            this.year = year;
            this.calendar = calendar;
            this.now = now;
            this.today = today;
            this.period = period;
            this.journals = classes.journals(year.id()).stream().collect(Collectors.toMap(Journal::id, Function.identity()));
            this.classesById = classes.classes(year.id()).stream()
                    .collect(Collectors.toMap(SchoolClass::id, Function.identity()));
            Map<UUID, UUID> groupClass = classes.groups(year.id()).stream().filter(g -> g.classId() != null)
                    .collect(Collectors.toMap(StudentGroup::id, StudentGroup::classId));
            journals.values().forEach(j -> {
                UUID classId = j.classId() != null ? j.classId() : groupClass.get(j.groupId());
                if (classId != null && classesById.containsKey(classId)) {
                    classOf.put(j.id(), classesById.get(classId));
                }
            });
        }

        UUID classId(UUID journalId) {
            SchoolClass c = classOf.get(journalId);
            return c == null ? null : c.id();
        }

        int form(UUID journalId) {
            SchoolClass c = classOf.get(journalId);
            return c == null ? 12 : c.form();
        }

        String name(UUID journalId) {
            Journal j = journals.get(journalId);
            return j == null ? String.valueOf(journalId) : j.name();
        }

        /** The journal's first teacher on the day: who answers for its entries. */
        UUID teacher(UUID journalId, LocalDate day) {
            Journal j = journals.get(journalId);
            return j == null ? null : j.teachersOn(day).stream().filter(t -> t.role() == TeacherRole.TEACHER)
                    .map(t -> t.staffId()).findFirst().orElse(null);
        }

        boolean accompanist(UUID journalId, UUID staffId) {
            Journal j = journals.get(journalId);
            return j != null && staffId != null && j.teachers().stream()
                    .anyMatch(t -> t.staffId().equals(staffId) && t.role() == TeacherRole.ACCOMPANIST);
        }

        CheckLine line(CheckKind kind, LocalDate date, UUID journalId, UUID teacherId, Object... details) {
            return new CheckLine(kind, date, journalId, classId(journalId), teacherId, name(journalId), List.of(details));
        }
    }

    /** Planned lessons not filled (to fill today, overdue after their deadline) and lessons filled late. */
    private void lessonLines(Context c, List<CheckLine> lines) {
        LocalTime time = LessonState.parseDeadline(school.setting(LessonState.DEADLINE_SETTING).orElse(null));
        Planner planner = timetables.planner(c.year.id());
        Map<String, Lesson> recorded = new HashMap<>();
        for (Lesson l : lessons.lessonsOfJournals(c.journals.keySet(), c.period)) {
            recorded.put(l.journalId() + "/" + l.date() + "/" + l.period(), l);
            if (l.type().kind() == LessonKind.NOT_HELD) {
                continue;
            }
            Instant due = EntryDeadline.of(l.type().kind(), c.accompanist(l.journalId(), l.teacherId()))
                    .due(l.date(), time, c.calendar);
            if (l.firstFilledAt().isAfter(due)) {
                lines.add(c.line(CheckKind.LESSON_LATE, l.date(), l.journalId(), l.teacherId(),
                        Messages.date(LocalDate.ofInstant(l.firstFilledAt(), Messages.RIGA)) + " " + Messages.time(l.firstFilledAt())));
            }
        }
        for (PlannedLesson p : planner.lessons(c.period)) {
            if (!p.held() || recorded.containsKey(p.journalId() + "/" + p.date() + "/" + p.period())) {
                continue;
            }
            Instant due = EntryDeadline.of(LessonKind.REGULAR, c.accompanist(p.journalId(), p.taughtBy()))
                    .due(p.date(), time, c.calendar);
            CheckKind kind = LessonState.of(null, c.now, due) == LessonState.OVERDUE ? CheckKind.LESSON_OVERDUE
                    : CheckKind.LESSON_TO_FILL;
            lines.add(c.line(kind, p.date(), p.journalId(), p.taughtBy(), p.period()));
        }
    }

    /** Grades entered after their kind's deadline, and tests graded that the planner does not have. */
    private void gradeLines(Context c, List<CheckLine> lines) {
        GradeSettings settings = GradeSettings.from(school.settings());
        Map<UUID, NavigableSet<LocalDate>> lessonDays = new HashMap<>();
        DateRange year = new DateRange(c.year.starts(), c.year.ends());
        for (Lesson l : lessons.lessonsOfJournals(c.journals.keySet(), year)) {
            if (l.type().kind() != LessonKind.NOT_HELD) {
                lessonDays.computeIfAbsent(l.journalId(), k -> new TreeSet<>()).add(l.date());
            }
        }
        Map<String, Integer> late = new HashMap<>();
        Map<String, ChecksRepository.EnteredGrade> first = new HashMap<>();
        Set<String> unplanned = new HashSet<>();
        for (ChecksRepository.EnteredGrade g : repository.grades(c.journals.keySet(), c.period)) {
            Deadlines deadlines = new Deadlines(settings.deadlines(),
                    lessonDays.getOrDefault(g.journalId(), new TreeSet<>()));
            Timeliness t = deadlines.check(g.kind(), g.workDate(), c.form(g.journalId()), g.enteredAt(), c.calendar);
            String key = g.journalId() + "/" + g.workDate() + "/" + g.kind();
            if (t instanceof Timeliness.Late) {
                late.merge(key, 1, Integer::sum);
                first.putIfAbsent(key, g);
            }
            if (g.kind() == GradeKind.TEST && g.testId() == null && unplanned.add(g.journalId() + "/" + g.workDate())) {
                lines.add(c.line(CheckKind.TEST_NOT_PLANNED, g.workDate(), g.journalId(),
                        teacherOr(c, g.journalId(), g.workDate(), g.enteredBy())));
            }
        }
        late.forEach((key, count) -> {
            ChecksRepository.EnteredGrade g = first.get(key);
            LocalDate due = new Deadlines(settings.deadlines(), lessonDays.getOrDefault(g.journalId(), new TreeSet<>()))
                    .due(g.kind(), g.workDate(), c.form(g.journalId()), c.calendar).orElse(g.workDate());
            lines.add(c.line(CheckKind.GRADE_LATE, g.workDate(), g.journalId(),
                    teacherOr(c, g.journalId(), g.workDate(), g.enteredBy()), g.kind().messageKey(), count,
                    Messages.date(due)));
        });
    }

    private static UUID teacherOr(Context c, UUID journalId, LocalDate day, UUID fallback) {
        UUID teacher = c.teacher(journalId, day);
        return teacher != null ? teacher : fallback;
    }

    /**
     * Unjustified absences of a month whose end has passed, one line per student and journal (the
     * class's tutor answers for them), and the students past the semester's unjustified-lesson limit.
     */
    private void absenceLines(Context c, List<CheckLine> lines) {
        AttendanceCodes codes = AttendanceCodes.parse(school.setting(AttendanceCodes.SETTING).orElse(null));
        LocalDate lastClosedDay = c.today.withDayOfMonth(1).minusDays(1);
        LocalDate ends = c.period.ends().isAfter(lastClosedDay) ? lastClosedDay : c.period.ends();
        if (!ends.isBefore(c.period.starts()) && !codes.needingJustification().isEmpty()) {
            Map<String, List<ChecksRepository.OpenAbsence>> open = repository
                    .openAbsences(codes.needingJustification(), new DateRange(c.period.starts(), ends)).stream()
                    .filter(a -> c.journals.containsKey(a.journalId()))
                    .collect(Collectors.groupingBy(a -> a.studentId() + "/" + a.journalId() + "/"
                            + YearMonth.from(a.date()), java.util.LinkedHashMap::new, Collectors.toList()));
            Map<UUID, String> names = studentNames(open.values().stream().map(l -> l.getFirst().studentId()).toList());
            open.values().forEach(marks -> {
                ChecksRepository.OpenAbsence a = marks.getFirst();
                SchoolClass schoolClass = c.classOf.get(a.journalId());
                lines.add(c.line(CheckKind.ABSENCE_UNPROCESSED, a.date(), a.journalId(),
                        schoolClass == null ? null : schoolClass.tutorId(), names.getOrDefault(a.studentId(), ""),
                        marks.size()));
            });
        }
        YearMonth month = YearMonth.from(c.period.ends());
        for (SchoolClass schoolClass : c.classesById.values()) {
            for (AbsenceSummary s : absences.monthlySummary(schoolClass.id(), month)) {
                if (s.flagged()) {
                    lines.add(new CheckLine(CheckKind.ABSENCE_LIMIT, c.period.ends(), null, schoolClass.id(),
                            schoolClass.tutorId(), schoolClass.name(), List.of(s.studentName(), s.unjustifiedInSemester())));
                }
            }
        }
    }

    /** Classes whose transcripts of a month were not issued by the school's day of the next month. */
    private void transcriptLines(Context c, YearMonth only, List<CheckLine> lines) {
        Deadlines deadlines = new Deadlines(GradeSettings.from(school.settings()).deadlines());
        for (YearMonth month : months()) {
            if (only != null && !only.equals(month)) {
                continue;
            }
            LocalDate due = deadlines.transcriptDue(month, c.calendar).orElse(null);
            // The month must be over and its day past; a month outside the year has no transcripts.
            if (due == null || !c.today.isAfter(due)) {
                continue;
            }
            for (SchoolClass schoolClass : c.classesById.values()) {
                boolean onTime = repository.transcriptIssued(schoolClass.id(), month)
                        .map(at -> !LocalDate.ofInstant(at, Messages.RIGA).isAfter(due)).orElse(false);
                if (!onTime) {
                    lines.add(new CheckLine(CheckKind.TRANSCRIPT_NOT_ISSUED, due, null, schoolClass.id(),
                            schoolClass.tutorId(), schoolClass.name(), List.of(month.toString(), Messages.date(due))));
                }
            }
        }
    }

    private Map<UUID, String> studentNames(List<UUID> ids) {
        return lessons.studentNames(new HashSet<>(ids)).stream()
                .collect(Collectors.toMap(s -> s.id(), s -> s.firstName() + " " + s.lastName(), (a, b) -> a));
    }
}
