package lv.klade.timetable.ui;

import java.text.Collator;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import lv.klade.school.BellPeriod;
import lv.klade.school.ClassRepository;
import lv.klade.school.Journal;
import lv.klade.school.SchoolRepository;
import lv.klade.timetable.PlannedLesson;
import lv.klade.timetable.Planner;
import lv.klade.timetable.SubstituteAssignment;
import lv.klade.timetable.TeacherAbsence;
import lv.klade.timetable.TimetableRepository;

/** Reads, off the FX thread, the lessons an absence touches and who is free to take each. */
final class AbsenceLessons {
    private AbsenceLessons() {
    }

    /** One planned lesson of a teacher: the day and period it takes them. */
    private record Slot(UUID staffId, LocalDate date, int period) {
    }

    static List<TouchedLesson> read(SchoolRepository school, ClassRepository classes, TimetableRepository timetables,
                                    UUID yearId, TeacherAbsence absence, Map<UUID, String> teachers, Locale locale) {
        Planner planner = timetables.planner(yearId);
        Map<UUID, String> journals = classes.journals(yearId).stream()
                .collect(Collectors.toMap(Journal::id, Journal::name));
        Map<Integer, BellPeriod> bells = school.bellPeriods().stream()
                .collect(Collectors.toMap(BellPeriod::number, Function.identity(), (a, b) -> a));
        Set<Slot> busy = new HashSet<>();
        planner.lessons(absence.days(), PlannedLesson::held)
                .forEach(p -> busy.add(new Slot(p.taughtBy(), p.date(), p.period())));
        Collator order = Collator.getInstance(locale);
        List<Choice> everyone = teachers.entrySet().stream().map(t -> new Choice(t.getKey(), t.getValue()))
                .sorted(Comparator.comparing(Choice::name, order)).toList();
        Map<LocalDate, Set<UUID>> away = new HashMap<>();
        return planner.touchedBy(absence).stream().map(p -> {
            Set<UUID> awayThen = away.computeIfAbsent(p.date(), d -> everyone.stream()
                    .map(Choice::id).filter(id -> planner.absenceOf(id, d).isPresent()).collect(Collectors.toSet()));
            SubstituteAssignment s = p.substitute();
            // The lesson's own substitute is busy with it, and still free to keep it.
            List<Choice> free = everyone.stream().filter(c -> !awayThen.contains(c.id())
                    && (!busy.contains(new Slot(c.id(), p.date(), p.period()))
                    || s != null && c.id().equals(s.substituteId()))).toList();
            BellPeriod bell = bells.get(p.period());
            return new TouchedLesson(p.date(), p.period(), bell == null ? "" : bell.starts() + "–" + bell.ends(),
                    p.journalId(), journals.getOrDefault(p.journalId(), ""), p.room() == null ? "" : p.room(),
                    s == null ? "" : teachers.getOrDefault(s.substituteId(), ""), s == null || s.orderNo() == null ? "" : s.orderNo(),
                    s == null ? null : s.orderDate(), free);
        }).toList();
    }
}
