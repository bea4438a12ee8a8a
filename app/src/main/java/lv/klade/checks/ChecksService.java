package lv.klade.checks;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import lv.klade.grades.GradeBook;
import lv.klade.grades.GradeBookService;
import lv.klade.grades.GradeKind;
import lv.klade.grades.StoredGrade;
import lv.klade.grades.Timeliness;
import lv.klade.i18n.Messages;
import lv.klade.i18n.UserError;
import lv.klade.lessons.AbsenceService;
import lv.klade.lessons.AbsenceSummary;
import lv.klade.lessons.AbsenceToJustify;
import lv.klade.lessons.Lesson;
import lv.klade.lessons.LessonRepository;
import lv.klade.lessons.LessonState;
import lv.klade.people.StaffMember;
import lv.klade.people.StaffService;
import lv.klade.school.ClassRepository;
import lv.klade.school.DateRange;
import lv.klade.school.Journal;
import lv.klade.school.SchoolClass;
import lv.klade.school.SchoolRepository;
import lv.klade.school.SchoolYear;
import lv.klade.timetable.PlannedLesson;
import lv.klade.timetable.Planner;
import lv.klade.timetable.TimetableRepository;

/**
 * Finds what the deputy director checks in a month (seeds 001 §23, 003 §22): held lessons not filled
 * by their deadline (and today's still to fill), lessons filled late, grades entered past their
 * kind's deadline, test grades with no test in the planner, classes whose unjustified absences are
 * still open after the month, and pupils past the semester's unjustified-lesson limit. For one
 * teacher: their lessons and grades, and the absences of the class they tutor.
 */
public final class ChecksService {
    private final SchoolRepository school;
    private final ClassRepository classes;
    private final TimetableRepository timetables;
    private final LessonRepository lessons;
    private final GradeBookService gradeBooks;
    private final AbsenceService absences;
    private final StaffService staff;
    private final Messages messages;
    private final Clock clock;

    public ChecksService(SchoolRepository school, ClassRepository classes, TimetableRepository timetables,
                         LessonRepository lessons, GradeBookService gradeBooks, AbsenceService absences,
                         StaffService staff, Messages messages, Clock clock) {
        this.school = school;
        this.classes = classes;
        this.timetables = timetables;
        this.lessons = lessons;
        this.gradeBooks = gradeBooks;
        this.absences = absences;
        this.staff = staff;
        this.messages = messages;
        this.clock = clock;
    }

    /** A line before the teacher filter: who it is about. */
    private record Found(CheckLine line, UUID teacherId) {
    }

    /**
     * The month's checks, for the whole school or for the teacher with {@code teacherLogin}. Refused
     * for anyone but the deputy director and an administrator, for a month outside every school
     * year, and for a login nobody has.
     */
    public Checks checks(StaffMember who, YearMonth month, Optional<String> teacherLogin) {
        if (!ChecksRights.maySee(who.roles())) {
            throw UserError.of("checks.notAllowed", who.fullName());
        }
        DateRange monthDays = new DateRange(month.atDay(1), month.atEndOfMonth());
        SchoolYear year = school.years().stream()
                .filter(y -> !y.ends().isBefore(monthDays.starts()) && !y.starts().isAfter(monthDays.ends()))
                .findFirst().orElseThrow(() -> UserError.of("checks.monthOutsideYear",
                        "%02d.%d".formatted(month.getMonthValue(), month.getYear())));
        Optional<StaffMember> teacher = teacherLogin.map(login -> staff.byLogin(login.strip())
                .orElseThrow(() -> UserError.of("checks.noTeacher", login.strip())));
        DateRange days = new DateRange(max(monthDays.starts(), year.starts()), min(monthDays.ends(), year.ends()));
        Map<UUID, String> names = new HashMap<>();
        Function<UUID, String> name = id -> id == null ? "" : names.computeIfAbsent(id,
                i -> staff.byId(i).map(StaffMember::fullName).orElse(""));
        Map<UUID, Journal> journals = classes.journals(year.id()).stream()
                .collect(Collectors.toMap(Journal::id, j -> j, (a, b) -> a, TreeMap::new));
        List<Found> found = new ArrayList<>();
        lessonLines(year, days, journals, name, found);
        gradeLines(month, journals, name, found);
        absenceLines(year, month, days, name, found);
        List<CheckLine> lines = found.stream()
                .filter(f -> teacher.isEmpty() || teacher.get().id().equals(f.teacherId()))
                .map(Found::line)
                .sorted(Comparator.comparing(CheckLine::date).thenComparing(CheckLine::kind)
                        .thenComparing(CheckLine::journal).thenComparing(CheckLine::detail))
                .toList();
        return new Checks(month, teacher.map(StaffMember::fullName).orElse(null), lines);
    }

    private void lessonLines(SchoolYear year, DateRange days, Map<UUID, Journal> journals, Function<UUID, String> name,
                             List<Found> found) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock.withZone(Messages.RIGA));
        LocalTime deadline = LessonState.parseDeadline(school.setting(LessonState.DEADLINE_SETTING).orElse(null));
        Map<String, Lesson> recorded = new HashMap<>();
        for (Lesson l : lessons.lessonsOfJournals(journals.keySet(), days)) {
            recorded.put(l.journalId() + "/" + l.date() + "/" + l.period(), l);
            if (LessonState.of(l.date(), l.firstFilledAt(), now, deadline) == LessonState.FILLED_LATE) {
                UUID by = l.firstFilledBy() != null ? l.firstFilledBy() : l.teacherId();
                found.add(new Found(line(CheckKind.LESSON_FILLED_LATE, l.date(), journals.get(l.journalId()), null,
                        name.apply(by), messages.get("checks.detail.filledAt", period(l.period()),
                                Messages.date(l.firstFilledAt().atZone(Messages.RIGA).toLocalDate()) + " " + Messages.time(l.firstFilledAt()))), by));
            }
        }
        if (days.starts().isAfter(today)) {
            return;
        }
        Planner planner = timetables.planner(year.id());
        for (PlannedLesson p : planner.ofJournals(journals.keySet(), new DateRange(days.starts(), min(days.ends(),
                today)))) {
            if (!p.held() || recorded.containsKey(p.journalId() + "/" + p.date() + "/" + p.period())) {
                continue;
            }
            LessonState state = LessonState.of(p.date(), null, now, deadline);
            CheckKind kind = state == LessonState.OVERDUE ? CheckKind.LESSON_OVERDUE : CheckKind.LESSON_TO_FILL;
            found.add(new Found(line(kind, p.date(), journals.get(p.journalId()), null, name.apply(p.taughtBy()),
                    messages.get("checks.detail.period", p.period())), p.taughtBy()));
        }
    }

    private void gradeLines(YearMonth month, Map<UUID, Journal> journals, Function<UUID, String> name,
                            List<Found> found) {
        for (Journal journal : journals.values()) {
            if (!journal.kind().graded()) {
                continue;
            }
            GradeBook book = gradeBooks.gradeBook(journal.id(), Optional.of(month));
            // One line for each kind, work day and who entered them late: a class's test is one line, not 30.
            Map<List<Object>, List<Timeliness.Late>> late = new TreeMap<>(Comparator.comparing(Object::toString));
            book.rows().forEach(row -> {
                List<StoredGrade> grades = new ArrayList<>(row.periods().values());
                row.cells().values().forEach(grades::addAll);
                for (StoredGrade g : grades) {
                    if (month.equals(YearMonth.from(g.workDate()))
                            && book.timeliness().get(g.id()) instanceof Timeliness.Late l) {
                        late.computeIfAbsent(List.of(g.kind(), g.workDate(), String.valueOf(g.enteredBy())),
                                k -> new ArrayList<>()).add(l);
                    }
                }
            });
            late.forEach((key, list) -> {
                GradeKind kind = (GradeKind) key.get(0);
                LocalDate date = (LocalDate) key.get(1);
                UUID by = "null".equals(key.get(2)) ? null : UUID.fromString((String) key.get(2));
                int days = list.stream().mapToInt(Timeliness.Late::workingDaysLate).max().orElse(0);
                String due = list.getFirst().due().map(Messages::date).orElse("");
                found.add(new Found(line(CheckKind.GRADES_LATE, date, journal, null, name.apply(by),
                        messages.get("checks.detail.gradesLate", list.size(), messages.get(kind.messageKey()), due,
                                days)), by));
            });
            book.columns().stream().filter(c -> c.kind() == GradeKind.TEST && c.testId() == null)
                    .forEach(c -> journal.teachers().forEach(t -> found.add(new Found(line(CheckKind.TEST_NOT_PLANNED,
                            c.date(), journal, null, name.apply(t.staffId()),
                            messages.get("checks.detail.testNotPlanned")), t.staffId()))));
        }
    }

    private void absenceLines(SchoolYear year, YearMonth month, DateRange days, Function<UUID, String> name,
                              List<Found> found) {
        LocalDate today = LocalDate.now(clock.withZone(Messages.RIGA));
        for (SchoolClass c : classes.classes(year.id())) {
            if (c.ends() != null && c.ends().isBefore(days.starts())) {
                continue;
            }
            if (today.isAfter(days.ends())) {
                List<AbsenceToJustify> open = absences.toJustify(c.id()).stream()
                        .filter(a -> days.contains(a.date())).toList();
                if (!open.isEmpty()) {
                    long pupils = open.stream().map(AbsenceToJustify::studentId).distinct().count();
                    found.add(new Found(new CheckLine(CheckKind.ABSENCES_NOT_PROCESSED, days.ends(), null, c.id(),
                            c.name(), name.apply(c.tutorId()), messages.get("checks.detail.absencesOpen", open.size(),
                            pupils)), c.tutorId()));
                }
            }
            for (AbsenceSummary s : absences.monthlySummary(c.id(), month)) {
                if (s.flagged()) {
                    found.add(new Found(new CheckLine(CheckKind.UNJUSTIFIED_LIMIT_PASSED, days.ends(), null, c.id(),
                            c.name(), name.apply(c.tutorId()), messages.get("checks.detail.limitPassed",
                            s.studentName(), s.unjustifiedInSemester())), c.tutorId()));
                }
            }
        }
    }

    private static CheckLine line(CheckKind kind, LocalDate date, Journal journal, UUID classId, String teacher,
                                  String detail) {
        return new CheckLine(kind, date, journal == null ? null : journal.id(), classId,
                journal == null ? "" : journal.name(), teacher, detail);
    }

    private String period(Integer period) {
        return period == null ? "" : messages.get("checks.detail.period", period);
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
