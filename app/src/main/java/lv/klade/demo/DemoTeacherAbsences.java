package lv.klade.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.random.RandomGenerator;
import lv.klade.db.Writes;
import lv.klade.people.Role;
import lv.klade.school.DateRange;
import lv.klade.timetable.AbsenceKind;
import lv.klade.timetable.PlannedLesson;
import lv.klade.timetable.Planner;
import lv.klade.timetable.TimetableRepository;
import lv.klade.timetable.TimetableService;

/**
 * A few teachers away in the demo's past: sick leave of three to five school days, and a day of
 * training. Most of their lessons go to a free colleague, best one who teaches the same subject, by
 * the director's order; the rest are not held.
 */
final class DemoTeacherAbsences {
    private static final int TEACHERS_PER_SICK_LEAVE = 40;
    private static final double SUBSTITUTED = 0.7;
    /** Sick leave starts no later than this many school days before today, so it has ended. */
    private static final int ENDED_BEFORE = 8;

    private final DemoPlan plan;
    private final DemoWriter.Written written;
    private final TimetableService timetable;
    private final TimetableRepository timetables;
    private final Properties texts;
    private final RandomGenerator random;
    private int orders = 40;

    DemoTeacherAbsences(DemoPlan plan, DemoWriter.Written written, TimetableService timetable,
                        TimetableRepository timetables, Properties texts, RandomGenerator random) {
        this.plan = plan;
        this.written = written;
        this.timetable = timetable;
        this.timetables = timetables;
        this.texts = texts;
        this.random = random;
    }

    /** Records the absences and substitutes among {@code schoolDays} (the school days before today, in order). */
    void write(Writes w, List<LocalDate> schoolDays) {
        if (schoolDays.size() < 2 * ENDED_BEFORE) {
            return;
        }
        List<Integer> teachers = new ArrayList<>();
        for (int s = 0; s < plan.staff().size(); s++) {
            if (plan.staff().get(s).roles().contains(Role.SUBJECT_TEACHER)) {
                teachers.add(s);
            }
        }
        int sick = Math.max(2, teachers.size() / TEACHERS_PER_SICK_LEAVE);
        Set<Integer> away = new HashSet<>();
        List<Absence> absences = new ArrayList<>();
        for (int i = 0; i <= sick && away.size() < teachers.size(); i++) {
            int teacher = teachers.get(random.nextInt(teachers.size()));
            if (!away.add(teacher)) {
                continue;
            }
            boolean training = i == sick;
            int first = 1 + random.nextInt(schoolDays.size() - ENDED_BEFORE - 1);
            int length = training ? 1 : 3 + random.nextInt(3);
            DateRange days = new DateRange(schoolDays.get(first), schoolDays.get(first + length - 1));
            String reason = texts.getProperty(training ? "absence.training" : "absence.sick");
            UUID staffId = written.staffIds().get(teacher);
            timetable.addAbsence(w, staffId, training ? AbsenceKind.TRAINING : AbsenceKind.SICK_LEAVE, days, reason);
            absences.add(new Absence(teacher, days));
        }
        Planner planner = timetables.planner(w, written.yearId());
        Set<String> busy = new HashSet<>();
        for (Absence absence : absences) {
            planner.lessons(absence.days()).forEach(p -> busy.add(key(p.taughtBy(), p.date(), p.period())));
        }
        for (Absence absence : absences) {
            substitute(w, planner, absence, absences, busy);
        }
    }

    private record Absence(int teacher, DateRange days) {
    }

    private void substitute(Writes w, Planner planner, Absence absence, List<Absence> all, Set<String> busy) {
        UUID absent = written.staffIds().get(absence.teacher());
        List<PlannedLesson> lessons = planner.ofTeacher(absent, absence.days()).stream()
                .filter(p -> p.teacherId().equals(absent)).toList();
        String orderNo = texts.getProperty("substitute.orderPrefix") + orders++;
        for (PlannedLesson lesson : lessons) {
            if (random.nextDouble() >= SUBSTITUTED) {
                continue;
            }
            Integer colleague = colleague(absence.teacher(), lesson, all, busy);
            if (colleague == null) {
                continue;
            }
            UUID substitute = written.staffIds().get(colleague);
            timetable.assignSubstitute(w, written.yearId(), lesson.journalId(), lesson.date(), lesson.period(),
                    substitute, orderNo, absence.days().starts());
            busy.add(key(substitute, lesson.date(), lesson.period()));
        }
    }

    /** A teacher free then, not away themselves, best one who shares a subject with the absent one. */
    private Integer colleague(int absent, PlannedLesson lesson, List<Absence> all, Set<String> busy) {
        List<Integer> subjects = plan.staff().get(absent).subjects();
        Integer fallback = null;
        int start = random.nextInt(plan.staff().size());
        for (int i = 0; i < plan.staff().size(); i++) {
            int s = (start + i) % plan.staff().size();
            DemoPlan.Staff staff = plan.staff().get(s);
            if (s == absent || !staff.roles().contains(Role.SUBJECT_TEACHER)
                    || busy.contains(key(written.staffIds().get(s), lesson.date(), lesson.period()))
                    || all.stream().anyMatch(a -> a.teacher() == s && a.days().contains(lesson.date()))) {
                continue;
            }
            if (staff.subjects().stream().anyMatch(subjects::contains)) {
                return s;
            }
            if (fallback == null) {
                fallback = s;
            }
        }
        return fallback;
    }

    private static String key(UUID staff, LocalDate date, int period) {
        return staff + "/" + date + "/" + period;
    }
}
