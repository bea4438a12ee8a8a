package lv.klade.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.random.RandomGenerator;
import lv.klade.db.Actor;
import lv.klade.db.JournalStore;
import lv.klade.db.Writes;
import lv.klade.grades.GradeService;
import lv.klade.grades.GradeSettings;
import lv.klade.grades.PeriodGrade;
import lv.klade.grades.TestPlannerService;
import lv.klade.i18n.Messages;
import lv.klade.lessons.AbsenceService;
import lv.klade.lessons.FilledEntry;
import lv.klade.lessons.JustificationReason;
import lv.klade.lessons.LessonEntry;
import lv.klade.lessons.LessonService;
import lv.klade.lessons.LessonType;
import lv.klade.school.BellPeriod;
import lv.klade.school.DateRange;
import lv.klade.school.JournalKind;
import lv.klade.school.SchoolRepository;
import lv.klade.school.Semester;
import lv.klade.timetable.PlannedLesson;
import lv.klade.timetable.Planner;
import lv.klade.timetable.TimetableRepository;
import lv.klade.timetable.TimetableService;

/**
 * The demo's school year up to its "today": teachers' absences with substitutes, every planned lesson
 * before today filled (topic, homework, attendance) by the teacher who taught it, a few not held and
 * made up later, a few filled late and a few left unfilled; then the class tutors justify most
 * absences. Each teacher's lessons and each tutor's justifications are one transaction in their name;
 * the teacher's transaction holds the grades of those lessons too ({@link DemoGrades}).
 */
final class DemoYear {
    /** The bell period make-up lessons use: after the timetable's last period. */
    static final int MAKE_UP_PERIOD = DemoTimetable.PERIODS + 1;
    private static final double HOMEWORK = 0.6;
    private static final double WITH_RESULT = 0.25;
    private static final double NOT_HELD = 0.002;
    private static final double MADE_UP = 0.5;
    private static final double UNFILLED = 0.006;
    private static final int UNFILLED_WITHIN_DAYS = 14;
    private static final double FILLED_DAYS_LATER = 0.015;
    private static final double FILLED_IN_THE_EVENING = 0.03;
    private static final double JUSTIFIED = 0.85;

    private final JournalStore store;
    private final SchoolRepository school;
    private final TimetableService timetable;
    private final TimetableRepository timetables;
    private final LessonService lessons;
    private final AbsenceService absences;
    private final GradeService grades;
    private final TestPlannerService testPlanner;

    DemoYear(JournalStore store, SchoolRepository school, TimetableService timetable, TimetableRepository timetables,
             LessonService lessons, AbsenceService absences, GradeService grades, TestPlannerService testPlanner) {
        this.store = store;
        this.school = school;
        this.timetable = timetable;
        this.timetables = timetables;
        this.lessons = lessons;
        this.absences = absences;
        this.grades = grades;
        this.testPlanner = testPlanner;
    }

    /** What {@link #fill} wrote, for the benchmark and the tests. */
    record Filled(int lessons, int marks, int justifications, int tests, int grades, int periodGrades) {
    }

    /** Fills every lesson planned before {@code today}; the same plan, seed and today give the same lessons. */
    Filled fill(DemoPlan plan, DemoWriter.Written written, LocalDate today, RandomGenerator random,
                DemoProgress progress) {
        Properties texts = DemoData.properties("year.properties");
        Planner planner = timetables.planner(written.yearId());
        List<LocalDate> days = planner.calendar().schoolDays().stream().filter(d -> d.isBefore(today)).toList();
        progress.at(DemoProgress.Step.TEACHER_ABSENCES, 0, 1);
        store.run(Actor.SYSTEM, w -> new DemoTeacherAbsences(plan, written, timetable, timetables, texts, random)
                .write(w, days));
        planner = timetables.planner(written.yearId());
        Entries entries = new Entries(plan, written, planner, days, today, texts, random);
        entries.build(school.bellPeriods());
        // Grades draw from their own generator, so adding them left the lessons as they were.
        DemoGrades marks = new DemoGrades(plan, written, entries.students, today, texts,
                new SplittableRandom(random.nextLong()));
        GradeSettings settings = grades.settings();
        Map<Integer, List<DemoGrades.Test>> tests = marks.chooseTests(entries.byTeacher, settings.testLimits());
        tests.forEach((teacher, mine) -> store.run(Actor.user(written.staffIds().get(teacher)),
                w -> marks.planTests(w, testPlanner, mine)));
        int teachers = entries.byTeacher.size();
        int[] done = {0};
        entries.byTeacher.forEach((teacher, filled) -> {
            progress.at(DemoProgress.Step.LESSONS, done[0]++, teachers);
            store.run(Actor.user(written.staffIds().get(teacher)),
                    w -> marks.write(w, grades, filled, lessons.saveFilled(w, filled)));
        });
        progress.at(DemoProgress.Step.SEMESTER_GRADES, 0, 1);
        int periodGrades = semesterOne(written, planner, marks, settings);
        progress.at(DemoProgress.Step.JUSTIFICATIONS, 0, 1);
        int justified = justify(plan, written, entries, today, random);
        return new Filled(entries.lessons, entries.marks, justified,
                tests.values().stream().mapToInt(List::size).sum(), marks.count(), periodGrades);
    }

    /** Semester 1's grades, once it is over, each journal's by its teacher. */
    private int semesterOne(DemoWriter.Written written, Planner planner, DemoGrades marks, GradeSettings settings) {
        Semester first = planner.calendar().semesters().getFirst();
        Instant at = marks.semesterGradesAt(first);
        Map<Integer, List<PeriodGrade>> byTeacher = marks.semesterOne(first, settings.weights());
        byTeacher.forEach((teacher, mine) -> store.run(Actor.user(written.staffIds().get(teacher)),
                w -> mine.forEach(p -> grades.setPeriodGrade(w, p, at))));
        return byTeacher.values().stream().mapToInt(List::size).sum();
    }

    /** The class tutors justify most absences of their students after an excuse note; never a skipper's. */
    private int justify(DemoPlan plan, DemoWriter.Written written, Entries entries, LocalDate today,
                        RandomGenerator random) {
        JustificationReason[] reasons = {JustificationReason.FAMILY, JustificationReason.FAMILY,
            JustificationReason.ILLNESS, JustificationReason.ILLNESS, JustificationReason.SCHOOL_EVENT,
            JustificationReason.OTHER};
        int count = 0;
        for (int c = 0; c < plan.classes().size(); c++) {
            List<Consumer<Writes>> work = new ArrayList<>();
            for (int s = 0; s < plan.students().size(); s++) {
                if (plan.students().get(s).schoolClass() != c || entries.attendance.skips(s)) {
                    continue;
                }
                UUID student = written.studentIds().get(s);
                for (LocalDate day : entries.absentDays.getOrDefault(s, new TreeMap<>()).keySet()) {
                    LocalDate note = day.plusDays(1 + random.nextInt(4));
                    JustificationReason reason = reasons[random.nextInt(reasons.length)];
                    if (random.nextDouble() < JUSTIFIED && note.isBefore(today)) {
                        work.add(w -> absences.justifyDays(w, student, new DateRange(day, day), reason, note));
                    }
                }
            }
            if (!work.isEmpty()) {
                count += work.size();
                UUID tutor = written.staffIds().get(plan.classes().get(c).tutor());
                store.run(Actor.user(tutor), w -> work.forEach(job -> job.accept(w)));
            }
        }
        return count;
    }

    /** The entries of every past lesson, by the teacher who filled them (staff index, in order). */
    private static final class Entries {
        private final DemoPlan plan;
        private final DemoWriter.Written written;
        private final Planner planner;
        private final List<LocalDate> days;
        private final LocalDate today;
        private final Properties texts;
        private final RandomGenerator random;
        private final DemoTopics topics = DemoTopics.load();
        private final DemoAttendance attendance;
        private final Map<UUID, Integer> journalIndex = new HashMap<>();
        private final Map<LocalDate, Integer> dayIndex = new HashMap<>();
        private final List<List<Integer>> students = new ArrayList<>();
        private final int[] taught;
        /** Each journal's last lesson day: its form's. */
        private final LocalDate[] lastDays;
        private final Map<Integer, List<FilledEntry>> byTeacher = new TreeMap<>();
        /** Per student, the days with an unjustified absence ("n"). */
        private final Map<Integer, TreeMap<LocalDate, Boolean>> absentDays = new HashMap<>();
        private final Map<Integer, LocalTime> bellEnds = new HashMap<>();
        /** "teacher/day" of the make-up lessons, one a day each, as they share the period after the last. */
        private final Set<String> makeUpDays = new HashSet<>();
        private int lessons;
        private int marks;

        Entries(DemoPlan plan, DemoWriter.Written written, Planner planner, List<LocalDate> days, LocalDate today,
                Properties texts, RandomGenerator random) {
            this.plan = plan;
            this.written = written;
            this.planner = planner;
            this.days = days;
            this.today = today;
            this.texts = texts;
            this.random = random;
            this.attendance = new DemoAttendance(plan.students().size(), days.size(), random);
            this.taught = new int[plan.journals().size()];
            this.lastDays = new LocalDate[plan.journals().size()];
            for (int j = 0; j < plan.journals().size(); j++) {
                journalIndex.put(written.journalIds().get(j), j);
                lastDays[j] = planner.calendar().lastLessonDay(plan.formOf(plan.journals().get(j)));
                students.add(new ArrayList<>());
            }
            for (int d = 0; d < days.size(); d++) {
                dayIndex.put(days.get(d), d);
            }
            for (int s = 0; s < plan.students().size(); s++) {
                int schoolClass = plan.students().get(s).schoolClass();
                for (int j = 0; j < plan.journals().size(); j++) {
                    if (plan.journals().get(j).audience() instanceof DemoPlan.WholeClass(int c) && c == schoolClass) {
                        students.get(j).add(s);
                    }
                }
            }
            for (int j = 0; j < plan.journals().size(); j++) {
                if (plan.journals().get(j).audience() instanceof DemoPlan.InGroup(int g)) {
                    students.get(j).addAll(plan.groups().get(g).students());
                }
            }
        }

        void build(List<BellPeriod> bells) {
            bells.forEach(b -> bellEnds.put(b.number(), b.ends()));
            if (days.isEmpty()) {
                return;
            }
            List<PlannedLesson> planned = new ArrayList<>(planner.lessons(new DateRange(days.getFirst(), days.getLast())));
            planned.sort(Comparator.comparing(PlannedLesson::date).thenComparingInt(PlannedLesson::period)
                    .thenComparingInt(p -> journalIndex.get(p.journalId())));
            String[] otherReasons = texts.getProperty("notHeld.reasons").split(";");
            int lastTeacherDay = days.size() - 1;
            for (PlannedLesson p : planned) {
                int j = journalIndex.get(p.journalId());
                // The timetable runs to the year's end; a form's lessons end on its own last day.
                if (p.date().isAfter(lastDays[j])) {
                    continue;
                }
                boolean recent = !p.date().isBefore(today.minusDays(UNFILLED_WITHIN_DAYS));
                boolean plainTeacher = plan.staff().get(plan.journals().get(j).teachers().getFirst()).login()
                        .equals(StaffPlanner.TEACHER) && dayIndex.get(p.date()) == lastTeacherDay;
                if (plainTeacher || recent && random.nextDouble() < UNFILLED) {
                    continue;
                }
                if (!p.held()) {
                    add(p.teacherId(), j, p.date(), p.period(), new LessonType.NotHeld(p.absence().reason()), false);
                    makeUp(j, p.date());
                } else if (p.substitute() != null) {
                    add(p.taughtBy(), j, p.date(), p.period(), new LessonType.Substituted(p.teacherId(),
                            p.absence().reason(), p.substitute().orderNo(), p.substitute().orderDate()), true);
                } else if (!isFirstDay(p.date()) && random.nextDouble() < NOT_HELD) {
                    String reason = otherReasons[random.nextInt(otherReasons.length)];
                    add(p.teacherId(), j, p.date(), p.period(), new LessonType.NotHeld(reason), false);
                    if (random.nextDouble() < MADE_UP) {
                        makeUp(j, p.date());
                    }
                } else {
                    add(p.teacherId(), j, p.date(), p.period(), new LessonType.Regular(), true);
                }
            }
        }

        /** A make-up lesson a week or more later, after the last period, on a day its teacher is in. */
        private void makeUp(int journal, LocalDate notHeld) {
            UUID teacher = written.staffIds().get(plan.journals().get(journal).teachers().getFirst());
            for (LocalDate day : days) {
                if (day.isAfter(notHeld.plusDays(6)) && !day.isAfter(lastDays[journal])
                        && planner.absenceOf(teacher, day).isEmpty()
                        && makeUpDays.add(teacher + "/" + day)) {
                    add(teacher, journal, day, MAKE_UP_PERIOD, new LessonType.MakeUp(notHeld), true);
                    return;
                }
            }
        }

        private void add(UUID teacher, int journal, LocalDate date, int period, LessonType type, boolean held) {
            LessonEntry entry = new LessonEntry(written.journalIds().get(journal), date, period, teacher, type,
                    null, null, null, null, Map.of(), null);
            if (held) {
                entry = content(entry, journal, date);
            }
            int staffIndex = written.staffIds().indexOf(teacher);
            byTeacher.computeIfAbsent(staffIndex, k -> new ArrayList<>())
                    .add(new FilledEntry(entry, filledAt(date, period)));
            lessons++;
        }

        private LessonEntry content(LessonEntry entry, int journal, LocalDate date) {
            DemoPlan.Journal j = plan.journals().get(journal);
            Map<UUID, String> marked = new HashMap<>();
            Set<UUID> present = new HashSet<>();
            int day = dayIndex.get(date);
            for (int s : students.get(journal)) {
                String code = attendance.mark(s, day);
                UUID id = written.studentIds().get(s);
                if (code != null) {
                    marked.put(id, code);
                    if (code.equals(DemoAttendance.ABSENT)) {
                        absentDays.computeIfAbsent(s, k -> new TreeMap<>()).put(date, true);
                    }
                }
                if (code == null || code.equals(DemoAttendance.LATE)) {
                    present.add(id);
                }
            }
            marks += marked.size();
            String topic = null;
            String homework = null;
            String result = null;
            List<DemoTopics.Topic> list = topics.of(plan.subjects().get(j.subject()).name());
            int n = taught[journal]++;
            if (!isFirstDay(date) && !list.isEmpty()) {
                DemoTopics.Topic t = list.get(n / Math.max(1, j.lessonsPerWeek() / 2) % list.size());
                topic = t.topic();
                homework = random.nextDouble() < HOMEWORK ? t.homework() : null;
                result = random.nextDouble() < WITH_RESULT ? t.plannedResult() : null;
            }
            boolean optional = j.kind() != JournalKind.SUBJECT;
            return new LessonEntry(entry.journalId(), date, entry.period(), entry.teacherId(), entry.type(), topic,
                    result, homework, null, marked, optional ? present : null);
        }

        /** Most entries soon after the lesson and before the deadline; a few in the evening or days later. */
        private Instant filledAt(LocalDate date, int period) {
            LocalTime ends = bellEnds.getOrDefault(period, LocalTime.of(16, 0));
            double r = random.nextDouble();
            int daysLater = 1 + random.nextInt(4);
            if (r < FILLED_DAYS_LATER && date.plusDays(daysLater).isBefore(today)) {
                return date.plusDays(daysLater).atTime(9, 0).plusMinutes(random.nextInt(11 * 60))
                        .atZone(Messages.RIGA).toInstant();
            }
            if (r < FILLED_DAYS_LATER + FILLED_IN_THE_EVENING) {
                return date.atTime(17, 5).plusMinutes(random.nextInt(4 * 60)).atZone(Messages.RIGA).toInstant();
            }
            LocalTime at = ends.plusMinutes(5 + random.nextInt(90));
            LocalTime latest = LocalTime.of(16, 55);
            if (at.isAfter(latest)) {
                at = ends.isBefore(latest) ? latest : ends.plusMinutes(5);
            }
            return date.atTime(at).atZone(Messages.RIGA).toInstant();
        }

        private static boolean isFirstDay(LocalDate date) {
            return date.getMonth() == Month.SEPTEMBER && date.getDayOfMonth() == 1;
        }
    }
}
