package lv.klade.timetable.ui;

import java.text.Collator;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import lv.klade.i18n.Messages;
import lv.klade.school.BellPeriod;
import lv.klade.school.ClassRepository;
import lv.klade.school.Journal;
import lv.klade.school.SchoolRepository;
import lv.klade.school.SchoolYear;
import lv.klade.school.StudentGroup;
import lv.klade.timetable.TimetableEntry;
import lv.klade.timetable.TimetableRepository;
import lv.klade.timetable.TimetableVersion;

/**
 * What the editor shows of one class on one day: the timetable version valid that day (null when
 * none is), the week grid over the bell schedule, the class's entries, and the journals of the class
 * and its groups with their teachers to choose from. Read off the FX thread.
 */
record ClassTimetable(SchoolYear year, TimetableVersion version, List<WeekRow> grid, List<EntryRow> entries,
                      List<Integer> periods, List<Choice> journals, Map<UUID, UUID> journalTeacher,
                      List<Choice> teachers) {
    static ClassTimetable read(SchoolRepository school, ClassRepository classes, TimetableRepository timetables,
                               Choice schoolClass, LocalDate day, Messages text) {
        UUID classId = schoolClass.id();
        SchoolYear year = school.currentYear().orElseThrow();
        TimetableVersion version = validOn(timetables.versions(year.id()), day);
        Set<UUID> groups = classes.groups(year.id()).stream().filter(g -> classId.equals(g.classId()))
                .map(StudentGroup::id).collect(Collectors.toSet());
        List<Journal> journals = classes.journals(year.id()).stream()
                .filter(j -> classId.equals(j.classId()) || groups.contains(j.groupId()))
                .sorted(Comparator.comparing(Journal::name)).toList();
        // In one class's week "7.a Matemātika" says no more than "Matemātika".
        String prefix = schoolClass.name() + " ";
        Map<UUID, String> journalNames = journals.stream().collect(Collectors.toMap(Journal::id,
                j -> j.name().startsWith(prefix) ? j.name().substring(prefix.length()) : j.name()));
        Map<UUID, String> staff = timetables.staffNames();
        List<EntryRow> entries = version == null ? List.of() : timetables.entries(version.id()).stream()
                .filter(e -> journalNames.containsKey(e.journalId()))
                .map(e -> row(e, journalNames, staff)).toList();
        List<BellPeriod> bells = school.bellPeriods();
        List<WeekRow> grid = bells.stream().map(b -> weekRow(b, entries, text)).toList();
        // A new timetable entry's teacher: the journal's teacher who has not handed it over.
        Map<UUID, UUID> journalTeacher = journals.stream().filter(j -> !j.teachers().isEmpty())
                .collect(Collectors.toMap(Journal::id, j -> j.teachers().stream().filter(t -> t.ends() == null)
                        .findFirst().orElse(j.teachers().getFirst()).staffId()));
        List<Choice> teachers = staff.entrySet().stream().map(s -> new Choice(s.getKey(), s.getValue()))
                .sorted(Comparator.comparing(Choice::name, Collator.getInstance(text.locale()))).toList();
        return new ClassTimetable(year, version, grid, entries, bells.stream().map(BellPeriod::number).toList(),
                journals.stream().filter(j -> !j.endedOn(day)).map(j -> new Choice(j.id(), journalNames.get(j.id())))
                        .toList(), journalTeacher, teachers);
    }

    /** The version valid on {@code day}; of two (which replaceFrom never leaves), the later one. */
    private static TimetableVersion validOn(List<TimetableVersion> versions, LocalDate day) {
        return versions.stream().filter(v -> v.validity().contains(day))
                .max(Comparator.comparing(v -> v.validity().starts())).orElse(null);
    }

    private static EntryRow row(TimetableEntry e, Map<UUID, String> journals, Map<UUID, String> staff) {
        return new EntryRow(e.id(), e.weekday(), e.period(), journals.get(e.journalId()),
                staff.getOrDefault(e.teacherId(), ""), e.room() == null ? "" : e.room());
    }

    private static WeekRow weekRow(BellPeriod bell, List<EntryRow> entries, Messages text) {
        List<String> days = new ArrayList<>();
        for (DayOfWeek day = DayOfWeek.MONDAY; day.compareTo(DayOfWeek.FRIDAY) <= 0; day = day.plus(1)) {
            DayOfWeek weekday = day;
            days.add(entries.stream().filter(e -> e.weekday() == weekday && e.period() == bell.number())
                    .map(e -> cell(e, text)).collect(Collectors.joining("\n\n")));
        }
        return new WeekRow(bell.number(), Messages.lessonTime(bell.starts()) + "–" + Messages.lessonTime(bell.ends()), days);
    }

    private static String cell(EntryRow e, Messages text) {
        String room = e.room().isEmpty() ? "" : "\n" + text.get("timetableEditor.room", e.room());
        return e.journal() + "\n" + e.teacher() + room;
    }

    /** The teacher a new entry of this journal starts with: its first teacher. */
    UUID teacherOf(UUID journalId) {
        return journalTeacher.get(Objects.requireNonNull(journalId));
    }

    /** The teacher chooser's entry for {@code staffId}, when there is one. */
    Choice teacher(UUID staffId) {
        return teachers.stream().filter(t -> t.id().equals(staffId)).findFirst().orElse(null);
    }
}
