package lv.klade.lessons;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import lv.klade.i18n.Messages;
import lv.klade.i18n.UserError;
import lv.klade.school.BellPeriod;
import lv.klade.school.ClassRepository;
import lv.klade.school.DateRange;
import lv.klade.school.Journal;
import lv.klade.school.SchoolClass;
import lv.klade.school.SchoolRepository;
import lv.klade.school.SchoolYear;
import lv.klade.school.Subject;
import lv.klade.school.TeacherRole;
import lv.klade.timetable.PlannedLesson;
import lv.klade.timetable.Planner;
import lv.klade.timetable.TimetableRepository;

/**
 * Read models for printing and viewing: a class's week (the diary) and a teacher's day. A lesson
 * shows its entry where it is filled, else what the timetable plans.
 */
public final class LessonViews {
    private final SchoolRepository school;
    private final ClassRepository classes;
    private final TimetableRepository timetables;
    private final LessonRepository lessons;
    private final Messages messages;
    private final Clock clock;

    /** {@code messages} names days off; {@code clock} decides which lessons are overdue. */
    public LessonViews(SchoolRepository school, ClassRepository classes, TimetableRepository timetables,
                       LessonRepository lessons, Messages messages, Clock clock) {
        this.school = school;
        this.classes = classes;
        this.timetables = timetables;
        this.lessons = lessons;
        this.messages = messages;
        this.clock = clock;
    }

    /** The named class's week holding {@code anyDay}, in the school year of that day; empty when there is none. */
    public Optional<ClassWeek> classWeek(String className, LocalDate anyDay) {
        return yearOf(anyDay).flatMap(y -> classes.classes(y.id()).stream()
                .filter(c -> c.name().equalsIgnoreCase(className.strip())).findFirst())
                .map(c -> classWeek(c.id(), anyDay));
    }

    /** A class's week, Monday to Friday, and a weekend day when it is a moved working day or has lessons. */
    public ClassWeek classWeek(UUID classId, LocalDate anyDay) {
        SchoolClass schoolClass = classes.schoolClass(classId).orElseThrow();
        LocalDate monday = anyDay.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        DateRange week = new DateRange(monday, monday.plusDays(6));
        Names names = names(schoolClass.yearId());
        Set<UUID> journals = lessons.journalsReaching(classId);
        Planner planner = timetables.planner(schoolClass.yearId());
        Map<LocalDate, List<Lesson>> recorded = lessons.lessonsOfJournals(journals, week).stream()
                .collect(Collectors.groupingBy(Lesson::date));
        Map<LocalDate, List<PlannedLesson>> planned = planner.ofJournals(journals, week).stream()
                .collect(Collectors.groupingBy(PlannedLesson::date));
        List<ClassWeek.Day> days = new ArrayList<>();
        for (LocalDate date = monday; !date.isAfter(week.ends()); date = date.plusDays(1)) {
            List<ClassWeek.Entry> entries = diaryDay(names, recorded.getOrDefault(date, List.of()),
                    planned.getOrDefault(date, List.of()));
            String dayOff = planner.calendar().dayOffReason(date).map(d -> d.text(messages)).orElse(null);
            boolean weekend = date.getDayOfWeek().compareTo(DayOfWeek.FRIDAY) > 0;
            if (!weekend || dayOff == null || !entries.isEmpty()) {
                days.add(new ClassWeek.Day(date, dayOff, entries));
            }
        }
        return new ClassWeek(classId, schoolClass.name(), monday, days);
    }

    private List<ClassWeek.Entry> diaryDay(Names names, List<Lesson> recorded, List<PlannedLesson> planned) {
        Map<String, PlannedLesson> open = new LinkedHashMap<>();
        planned.forEach(p -> open.put(p.journalId() + "/" + p.period(), p));
        List<ClassWeek.Entry> entries = new ArrayList<>();
        for (Lesson l : recorded) {
            open.remove(l.journalId() + "/" + l.period());
            entries.add(new ClassWeek.Entry(l.period(), names.starts(l.period()), names.ends(l.period()),
                    names.subject(l.journalId()), names.journal(l.journalId()), names.staff(l.teacherId()), l.topic(),
                    l.homework(), l.type().kind(), true, notHeldReason(l.type())));
        }
        for (PlannedLesson p : open.values()) {
            entries.add(new ClassWeek.Entry(p.period(), names.starts(p.period()), names.ends(p.period()),
                    names.subject(p.journalId()), names.journal(p.journalId()), names.staff(p.taughtBy()), null, null,
                    p.held() ? LessonKind.REGULAR : LessonKind.NOT_HELD, false,
                    p.held() ? null : p.absence().reason()));
        }
        entries.sort(Comparator.comparing(ClassWeek.Entry::period, Comparator.nullsLast(Comparator.naturalOrder())));
        return entries;
    }

    /** The day of the teacher with this login; empty when no such teacher or school year. */
    public Optional<TeacherDay> teacherDay(String login, LocalDate date) {
        return lessons.staffByLogin(login).flatMap(id -> yearOf(date).map(y -> teacherDay(id, date)));
    }

    /** A teacher's lessons on a day: planned (their own, held or not, and those they substitute) and recorded. */
    public TeacherDay teacherDay(UUID staffId, LocalDate date) {
        SchoolYear year = yearOf(date).orElseThrow(() -> new IllegalArgumentException("No school year on " + date));
        Names names = names(year.id());
        Planner planner = timetables.planner(year.id());
        DateRange day = new DateRange(date, date);
        LocalTime deadline = LessonState.parseDeadline(school.setting(LessonState.DEADLINE_SETTING).orElse(null));
        Map<String, Lesson> recorded = new LinkedHashMap<>();
        lessons.lessonsOfTeacher(staffId, day).forEach(l -> recorded.put(l.journalId() + "/" + l.period(), l));
        List<TeacherDay.Entry> entries = new ArrayList<>();
        Set<UUID> accompanied = accompanied(year.id(), staffId);
        for (PlannedLesson p : planner.ofTeacher(staffId, day)) {
            Lesson l = recorded.remove(p.journalId() + "/" + p.period());
            boolean away = !staffId.equals(p.taughtBy()) || !p.held();
            Instant due = EntryDeadline.of(l == null ? LessonKind.REGULAR : l.type().kind(),
                    accompanied.contains(p.journalId())).due(date, deadline, planner.calendar());
            LessonState state = l != null ? LessonState.of(l.firstFilledAt(), clock.instant(), due)
                    : away ? LessonState.NOT_HELD : LessonState.of(null, clock.instant(), due);
            String reason = away && p.absence() != null ? p.absence().reason() : null;
            entries.add(entry(names, p.period(), p.journalId(), p.room(), state, l, reason));
        }
        for (Lesson l : recorded.values()) {
            Instant due = EntryDeadline.of(l.type().kind(), accompanied.contains(l.journalId()))
                    .due(date, deadline, planner.calendar());
            entries.add(entry(names, l.period(), l.journalId(), null,
                    LessonState.of(l.firstFilledAt(), clock.instant(), due), l, notHeldReason(l.type())));
        }
        entries.sort(Comparator.comparing(TeacherDay.Entry::period, Comparator.nullsLast(Comparator.naturalOrder())));
        String dayOff = planner.calendar().dayOffReason(date).map(d -> d.text(messages)).orElse(null);
        return new TeacherDay(staffId, names.staff(staffId), date, dayOff, entries);
    }

    /** The journals of the year in which the staff member is the accompanist: their entries are due weekly. */
    private Set<UUID> accompanied(UUID yearId, UUID staffId) {
        return classes.journalsOfTeacher(yearId, staffId).stream()
                .filter(j -> j.teachers().stream().anyMatch(t -> t.staffId().equals(staffId)
                        && t.role() == TeacherRole.ACCOMPANIST))
                .map(Journal::id).collect(Collectors.toSet());
    }

    /** The journals a teacher teaches in the current school year, by name: those they may add an extra lesson to. */
    public List<Journal> journalsOfTeacher(UUID staffId) {
        return school.currentYear().map(y -> classes.journalsOfTeacher(y.id(), staffId)).orElse(List.of()).stream()
                .sorted(Comparator.comparing(Journal::name)).toList();
    }

    /** The bell schedule's period numbers, in order. */
    public List<Integer> periods() {
        return school.bellPeriods().stream().map(BellPeriod::number).sorted().toList();
    }

    /**
     * An extra lesson (papildu stunda), not in the timetable, of a journal on a day and period, to open
     * in the lesson form; the lesson already recorded in that slot when there is one. Refused on a day
     * without lessons (as the lesson write path refuses it) and where the timetable plans the journal's
     * lesson then, which is opened from the teacher's day instead.
     */
    public TeacherDay.Entry extraLesson(UUID journalId, LocalDate date, int period) {
        SchoolYear year = school.years().stream().filter(y -> y.range().contains(date)).findFirst()
                .orElseThrow(() -> UserError.of("extraLesson.outsideYear", date));
        Planner planner = timetables.planner(year.id());
        planner.calendar().dayOffReason(date).ifPresent(off -> {
            throw UserError.of("lesson.dayOff", date, off.text(messages));
        });
        Names names = names(year.id());
        LocalTime deadline = LessonState.parseDeadline(school.setting(LessonState.DEADLINE_SETTING).orElse(null));
        Optional<Lesson> recorded = lessons.lessonsOfJournals(Set.of(journalId), new DateRange(date, date)).stream()
                .filter(l -> l.period() != null && l.period() == period).findFirst();
        if (recorded.isPresent()) {
            Lesson l = recorded.get();
            return entry(names, period, journalId, null, LessonState.of(date, l.firstFilledAt(), clock.instant(),
                    deadline), l, notHeldReason(l.type()));
        }
        if (planner.at(journalId, date, period).isPresent()) {
            throw UserError.of("extraLesson.planned", date, period, names.journal(journalId));
        }
        return new TeacherDay.Entry(period, names.starts(period), names.ends(period), journalId,
                names.journal(journalId), names.subject(journalId), null,
                LessonState.of(date, null, clock.instant(), deadline), LessonKind.EXTRA, null, null, null);
    }

    private static TeacherDay.Entry entry(Names names, Integer period, UUID journalId, String room, LessonState state,
                                          Lesson lesson, String reason) {
        return new TeacherDay.Entry(period, names.starts(period), names.ends(period), journalId,
                names.journal(journalId), names.subject(journalId), room, state,
                lesson == null ? null : lesson.type().kind(), lesson == null ? null : lesson.topic(),
                lesson == null ? null : lesson.id(), reason);
    }

    private static String notHeldReason(LessonType type) {
        return type instanceof LessonType.NotHeld n ? n.reason() : null;
    }

    private Optional<SchoolYear> yearOf(LocalDate date) {
        return school.years().stream().filter(y -> y.range().contains(date)).findFirst()
                .or(() -> school.currentYear());
    }

    /** The names a view prints, read once per view. */
    private record Names(Map<UUID, Journal> journals, Map<UUID, String> subjects, Map<UUID, String> staff,
                         Map<Integer, BellPeriod> bells) {
        String journal(UUID id) {
            Journal j = journals.get(id);
            return j == null ? "" : j.name();
        }

        String subject(UUID journalId) {
            Journal j = journals.get(journalId);
            return j == null ? "" : subjects.getOrDefault(j.subjectId(), "");
        }

        String staff(UUID id) {
            return id == null ? "" : staff.getOrDefault(id, "");
        }

        LocalTime starts(Integer period) {
            return period == null || !bells.containsKey(period) ? null : bells.get(period).starts();
        }

        LocalTime ends(Integer period) {
            return period == null || !bells.containsKey(period) ? null : bells.get(period).ends();
        }
    }

    private Names names(UUID yearId) {
        return new Names(classes.journals(yearId).stream().collect(Collectors.toMap(Journal::id, Function.identity())),
                classes.subjects().stream().collect(Collectors.toMap(Subject::id, Subject::name)),
                timetables.staffNames(), school.bellPeriods().stream()
                .collect(Collectors.toMap(BellPeriod::number, Function.identity(), (a, b) -> a)));
    }
}
