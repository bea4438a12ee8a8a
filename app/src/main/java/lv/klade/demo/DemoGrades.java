package lv.klade.demo;

import java.text.MessageFormat;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.UUID;
import java.util.random.RandomGenerator;
import lv.klade.db.Writes;
import lv.klade.grades.CountedGrade;
import lv.klade.grades.EnteredGrade;
import lv.klade.grades.Grade;
import lv.klade.grades.GradeBookService;
import lv.klade.grades.GradeKind;
import lv.klade.grades.GradeService;
import lv.klade.grades.NewGrade;
import lv.klade.grades.PeriodGrade;
import lv.klade.grades.TestLimits;
import lv.klade.grades.TestPlan;
import lv.klade.grades.TestPlannerService;
import lv.klade.grades.TestScope;
import lv.klade.grades.WeightedAverage;
import lv.klade.grades.Weights;
import lv.klade.i18n.Messages;
import lv.klade.lessons.FilledEntry;
import lv.klade.lessons.LessonEntry;
import lv.klade.lessons.LessonType;
import lv.klade.school.JournalKind;
import lv.klade.school.Semester;

/**
 * The demo's grades for its filled lessons. Each subject journal has one or two published tests a
 * month (within the school's limits per class), which every student writes (nv for the absent, a
 * mark later for about half of them); now and then a summative or formative work for the students
 * present, and homework checked as i/ni. Forms 1–3 get levels, forms 4–12 points; formative work is
 * in levels, i/ni or %. A few students are exempt from Sports (atb), a few batches are entered after
 * their deadline, and once semester 1 is over forms 4–12 get its grades from Klade's suggestion,
 * a few overridden. Nothing here iterates a map keyed by ids, so the same seed gives the same grades.
 */
final class DemoGrades {
    private static final double SUMMATIVE = 0.06;
    private static final double FORMATIVE = 0.08;
    private static final double FORMATIVE_LEVELS = 0.8;
    private static final double FORMATIVE_PASS_FAIL = 0.65;
    private static final double HOMEWORK_CHECKED = 0.15;
    private static final double END_OF_TOPIC = 0.4;
    private static final double TEST_LATE = 0.04;
    private static final double FORMATIVE_LATE = 0.02;
    private static final double NV_REPLACED = 0.5;
    private static final int NV_REPLACED_AFTER_DAYS = 14;
    private static final int STUDENTS_PER_EXEMPT = 80;
    private static final double OVERRIDDEN = 0.05;

    /** A test the journal's teacher plans: on a regular lesson of theirs. */
    record Test(int journal, LocalDate date, int period, TestScope scope, String topic) {
        String lesson() {
            return journal + "/" + date + "/" + period;
        }
    }

    /** A teacher's grades for their lessons, and the nv grades (by position) they later replace. */
    record Batch(List<EnteredGrade> grades, Map<Integer, Grade> replacements) {
    }

    private final DemoPlan plan;
    private final DemoWriter.Written written;
    private final List<List<Integer>> students;
    private final LocalDate today;
    private final Properties texts;
    private final RandomGenerator random;
    private final DemoMarks marks;
    private final Map<UUID, Integer> journalIndex = new HashMap<>();
    private final int[] form;
    private final boolean[] graded;
    private final boolean[] exempt;
    private final int exemptSubject;
    private final Map<String, Test> tests = new HashMap<>();
    private final Map<String, UUID> testIds = new HashMap<>();
    /** Each student's final grades per journal, keyed "journal/student" in a sorted map. */
    private final Map<Long, List<CountedGrade>> counted = new TreeMap<>();
    private int gradeCount;

    DemoGrades(DemoPlan plan, DemoWriter.Written written, List<List<Integer>> students, LocalDate today,
               Properties texts, RandomGenerator random) {
        this.plan = plan;
        this.written = written;
        this.students = students;
        this.today = today;
        this.texts = texts;
        this.random = random;
        this.marks = new DemoMarks(plan.students().size(), plan.subjects().size(), random);
        String ungraded = texts.getProperty("grades.ungraded");
        String sports = texts.getProperty("grades.exemptSubject");
        int journals = plan.journals().size();
        form = new int[journals];
        graded = new boolean[journals];
        for (int j = 0; j < journals; j++) {
            DemoPlan.Journal journal = plan.journals().get(j);
            journalIndex.put(written.journalIds().get(j), j);
            int schoolClass = classOf(journal);
            form[j] = schoolClass < 0 ? 0 : plan.classes().get(schoolClass).form();
            graded[j] = schoolClass >= 0 && journal.kind() == JournalKind.SUBJECT
                    && !plan.subjects().get(journal.subject()).name().equals(ungraded);
        }
        int subject = -1;
        for (int i = 0; i < plan.subjects().size(); i++) {
            if (plan.subjects().get(i).name().equals(sports)) {
                subject = i;
            }
        }
        exemptSubject = subject;
        exempt = new boolean[plan.students().size()];
        for (int i = 0; i < Math.max(1, exempt.length / STUDENTS_PER_EXEMPT); i++) {
            exempt[random.nextInt(exempt.length)] = true;
        }
    }

    /** The one class a journal teaches, or -1 for a group drawn from several classes. */
    private int classOf(DemoPlan.Journal journal) {
        return switch (journal.audience()) {
            case DemoPlan.WholeClass(int c) -> c;
            case DemoPlan.InGroup(int g) -> plan.groups().get(g).classes().size() == 1
                    ? plan.groups().get(g).classes().getFirst() : -1;
        };
    }

    /** Chooses each subject journal's tests a month among its teacher's regular lessons, by teacher. */
    Map<Integer, List<Test>> chooseTests(Map<Integer, List<FilledEntry>> byTeacher, TestLimits limits) {
        Map<Integer, TreeMap<String, List<LessonEntry>>> candidates = new TreeMap<>();
        byTeacher.forEach((teacher, filled) -> filled.stream().map(FilledEntry::entry).forEach(e -> {
            int j = journalIndex.get(e.journalId());
            if (graded[j] && e.type() instanceof LessonType.Regular && e.topic() != null
                    && plan.journals().get(j).teachers().getFirst().equals(teacher)) {
                candidates.computeIfAbsent(j, k -> new TreeMap<>())
                        .computeIfAbsent(e.date().withDayOfMonth(1).toString(), k -> new ArrayList<>()).add(e);
            }
        }));
        Map<String, Integer> perDay = new HashMap<>();
        Map<String, Integer> perWeek = new HashMap<>();
        Map<Integer, List<Test>> chosen = new TreeMap<>();
        candidates.forEach((j, months) -> months.values().forEach(lessons -> {
            int count = plan.journals().get(j).lessonsPerWeek() >= 3 ? 2 : 1;
            for (int t = 0, tries = 0; t < count && tries < 6; tries++) {
                LessonEntry e = lessons.get(random.nextInt(lessons.size()));
                int c = classOf(plan.journals().get(j));
                String day = c + "/" + e.date();
                String week = c + "/" + e.date().get(IsoFields.WEEK_BASED_YEAR) + "-"
                        + e.date().get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
                Test test = new Test(j, e.date(), e.period(), random.nextDouble() < END_OF_TOPIC
                        ? TestScope.END_OF_TOPIC : TestScope.PART_OF_TOPIC,
                        MessageFormat.format(texts.getProperty("grades.testTopic"), e.topic()));
                if (perDay.getOrDefault(day, 0) < limits.perDay() && perWeek.getOrDefault(week, 0) < limits.perWeek()
                        && !tests.containsKey(test.lesson())) {
                    perDay.merge(day, 1, Integer::sum);
                    perWeek.merge(week, 1, Integer::sum);
                    tests.put(test.lesson(), test);
                    chosen.computeIfAbsent(plan.journals().get(j).teachers().getFirst(), k -> new ArrayList<>()).add(test);
                    t++;
                }
            }
        }));
        return chosen;
    }

    /** Plans and publishes one teacher's tests in their transaction. */
    void planTests(Writes w, TestPlannerService planner, List<Test> mine) {
        for (Test test : mine) {
            DemoPlan.Journal journal = plan.journals().get(test.journal());
            UUID id = planner.plan(w, new TestPlan(written.classIds().get(classOf(journal)),
                    written.journalIds().get(test.journal()), test.date(), 1, test.scope(), test.topic()), false);
            planner.publish(w, id);
            testIds.put(test.lesson(), id);
        }
    }

    /** Writes the grades of a teacher's lessons just saved ({@code lessonIds} in the order of {@code filled}). */
    void write(Writes w, GradeService grades, List<FilledEntry> filled, List<UUID> lessonIds) {
        Batch batch = grades(filled, lessonIds, w.actor().userId());
        List<UUID> ids = grades.addEntered(w, batch.grades());
        // The replacement's change record carries the demo's "now": the store stamps history itself.
        batch.replacements().forEach((i, value) -> grades.change(w, ids.get(i), value, null));
        gradeCount += ids.size();
    }

    /** How many grades {@link #write} has written. */
    int count() {
        return gradeCount;
    }

    Batch grades(List<FilledEntry> filled, List<UUID> lessonIds, UUID teacher) {
        List<EnteredGrade> out = new ArrayList<>();
        Map<Integer, Grade> replacements = new TreeMap<>();
        for (int i = 0; i < filled.size(); i++) {
            LessonEntry e = filled.get(i).entry();
            int j = journalIndex.get(e.journalId());
            if (!graded[j] || e.topic() == null || e.type() instanceof LessonType.NotHeld) {
                continue;
            }
            Lesson lesson = new Lesson(j, e, lessonIds.get(i), filled.get(i).filledAt(), teacher);
            Test test = tests.get(j + "/" + e.date() + "/" + e.period());
            if (test != null) {
                test(lesson, testIds.get(test.lesson()), out, replacements);
            } else {
                double r = random.nextDouble();
                if (r < SUMMATIVE) {
                    work(lesson, GradeKind.SUMMATIVE, out);
                } else if (r < SUMMATIVE + FORMATIVE) {
                    work(lesson, GradeKind.FORMATIVE, out);
                }
            }
            if (e.homework() != null && random.nextDouble() < HOMEWORK_CHECKED) {
                work(lesson, GradeKind.HOMEWORK, out);
            }
        }
        return new Batch(out, replacements);
    }

    /** A lesson being graded: its journal's index, its entry and id, when it was filled and by whom. */
    private record Lesson(int journal, LessonEntry entry, UUID id, Instant filledAt, UUID teacher) {
    }

    private void test(Lesson lesson, UUID testId, List<EnteredGrade> out, Map<Integer, Grade> replacements) {
        Instant at = enteredAt(lesson, 1 + random.nextInt(4), TEST_LATE, 12 + random.nextInt(9));
        for (int s : students.get(lesson.journal())) {
            UUID id = written.studentIds().get(s);
            Grade grade = exempt(s, lesson.journal()) ? new Grade.Exempt() : mark(s, lesson.journal(), GradeKind.TEST);
            if (!present(lesson.entry(), id) && !(grade instanceof Grade.Exempt)) {
                boolean writtenLater = random.nextDouble() < NV_REPLACED
                        && lesson.entry().date().plusDays(NV_REPLACED_AFTER_DAYS).isBefore(today);
                if (writtenLater) {
                    replacements.put(out.size(), grade);
                }
                add(lesson, s, GradeKind.TEST, new Grade.NoGrade(), testId, at, out);
                remember(s, lesson, GradeKind.TEST, writtenLater ? grade : new Grade.NoGrade());
                continue;
            }
            add(lesson, s, GradeKind.TEST, grade, testId, at, out);
            remember(s, lesson, GradeKind.TEST, grade);
        }
    }

    private void work(Lesson lesson, GradeKind kind, List<EnteredGrade> out) {
        Instant at = kind == GradeKind.SUMMATIVE ? enteredAt(lesson, random.nextInt(3), 0, 0)
                : enteredAt(lesson, 0, FORMATIVE_LATE, 6 + random.nextInt(4));
        double scale = random.nextDouble();
        int j = lesson.journal();
        int subject = plan.journals().get(j).subject();
        for (int s : students.get(j)) {
            if (!present(lesson.entry(), written.studentIds().get(s))) {
                continue;
            }
            Grade grade;
            if (exempt(s, j)) {
                grade = new Grade.Exempt();
            } else if (kind == GradeKind.HOMEWORK) {
                grade = marks.passFail(s, subject, form[j]);
            } else if (kind == GradeKind.FORMATIVE && form[j] <= 3) {
                grade = scale < FORMATIVE_LEVELS ? marks.level(s, subject, form[j]) : marks.passFail(s, subject, form[j]);
            } else if (kind == GradeKind.FORMATIVE) {
                grade = scale < FORMATIVE_PASS_FAIL ? marks.passFail(s, subject, form[j])
                        : marks.percent(s, subject, form[j]);
            } else {
                grade = mark(s, j, kind);
            }
            add(lesson, s, kind, grade, null, at, out);
            remember(s, lesson, kind, grade);
        }
    }

    private Grade mark(int student, int journal, GradeKind kind) {
        int subject = plan.journals().get(journal).subject();
        return form[journal] <= 3 ? marks.level(student, subject, form[journal])
                : marks.points(student, subject, form[journal]);
    }

    private boolean exempt(int student, int journal) {
        return exempt[student] && plan.journals().get(journal).subject() == exemptSubject;
    }

    private static boolean present(LessonEntry entry, UUID student) {
        String mark = entry.marks().get(student);
        return mark == null || mark.equals(DemoAttendance.LATE);
    }

    private void add(Lesson lesson, int student, GradeKind kind, Grade grade, UUID testId, Instant at,
                     List<EnteredGrade> out) {
        NewGrade g = new NewGrade(written.studentIds().get(student), written.journalIds().get(lesson.journal()),
                lesson.id(), testId, kind, grade, null, lesson.entry().date());
        out.add(new EnteredGrade(g, at, lesson.teacher()));
    }

    private void remember(int student, Lesson lesson, GradeKind kind, Grade grade) {
        counted.computeIfAbsent((long) lesson.journal() * exempt.length + student, k -> new ArrayList<>())
                .add(new CountedGrade(null, grade, kind, lesson.entry().date()));
    }

    /**
     * When the teacher enters a work's grades: {@code days} after filling the lesson, or now and then
     * {@code lateDays} after, past the deadline; never on or after the demo's today.
     */
    private Instant enteredAt(Lesson lesson, int days, double lateShare, int lateDays) {
        int after = random.nextDouble() < lateShare ? lateDays : days;
        Instant at = after == 0 ? lesson.filledAt()
                : lesson.filledAt().plus(Duration.ofDays(after)).truncatedTo(ChronoUnit.HOURS);
        return at.isBefore(today.atStartOfDay(Messages.RIGA).toInstant()) ? at : lesson.filledAt();
    }

    /**
     * Semester 1's grades of forms 4–12 once it is over, by the journal's teacher: Klade's
     * suggestion from the semester's average, a few overridden by a point; entered a week before
     * the semester ends.
     */
    Map<Integer, List<PeriodGrade>> semesterOne(Semester semester, Weights weights) {
        Map<Integer, List<PeriodGrade>> byTeacher = new TreeMap<>();
        if (!today.isAfter(semester.ends())) {
            return byTeacher;
        }
        counted.forEach((key, grades) -> {
            int j = (int) (key / exempt.length);
            int s = (int) (key % exempt.length);
            if (form[j] < GradeKind.SEMESTER_INTERIM.firstForm()) {
                return;
            }
            var suggested = GradeBookService.suggestion(WeightedAverage.of(grades.stream()
                    .filter(g -> semester.range().contains(g.date())).toList(), weights));
            suggested.ifPresent(suggestion -> {
                Grade grade = suggestion;
                if (suggestion instanceof Grade.Points p && random.nextDouble() < OVERRIDDEN) {
                    grade = new Grade.Points(Math.clamp(p.value() + (random.nextBoolean() ? 1 : -1), 1, 10));
                }
                byTeacher.computeIfAbsent(plan.journals().get(j).teachers().getFirst(), k -> new ArrayList<>())
                        .add(new PeriodGrade(written.studentIds().get(s), written.journalIds().get(j),
                                GradeKind.SEMESTER, semester.ends(), grade, suggestion));
            });
        });
        return byTeacher;
    }

    /** When semester grades are entered: a week before the semester's last day, in the afternoon. */
    Instant semesterGradesAt(Semester semester) {
        return semester.ends().minusDays(7).atTime(LocalTime.of(15, 0)).atZone(Messages.RIGA).toInstant();
    }
}
