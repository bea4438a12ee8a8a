package lv.klade.statistics;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import lv.klade.grades.Grade;
import lv.klade.grades.GradeParser;
import lv.klade.i18n.Messages;
import lv.klade.i18n.UserError;
import lv.klade.lessons.AttendanceCode;
import lv.klade.lessons.AttendanceCodes;
import lv.klade.people.StaffMember;
import lv.klade.printing.PrintPeriod;
import lv.klade.school.DateRange;
import lv.klade.school.SchoolRepository;
import lv.klade.school.SchoolYear;
import lv.klade.statistics.StatisticsRepository.GradeRow;
import lv.klade.statistics.StatisticsRepository.JournalRow;
import lv.klade.statistics.StatisticsRepository.LessonRow;
import lv.klade.statistics.StatisticsRepository.MarkRow;

/**
 * Grade and attendance figures from the journal, only over the journals the viewer may see
 * ({@link StatisticsRights}). Grades for work are counted; period grades (semester, year …) are not.
 */
public final class StatisticsService {
    private static final Comparator<String> ORDER = Labels.ORDER;
    private final StatisticsRepository repository;
    private final SchoolRepository school;
    private final Messages messages;

    public StatisticsService(StatisticsRepository repository, SchoolRepository school, Messages messages) {
        this.repository = repository;
        this.school = school;
        this.messages = messages;
    }

    /** A class or subject to filter by; it shows as its name. */
    public record Choice(UUID id, String name) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** The days of a period of a school year. */
    public DateRange days(UUID yearId, PrintPeriod period) {
        SchoolYear year = school.year(yearId).orElseThrow(() -> UserError.of("school.missing"));
        DateRange days = period.days(year, school.semesters(yearId));
        if (!year.range().overlaps(days)) {
            throw UserError.of("statistics.periodOutsideYear", Messages.date(days.starts()), year.name());
        }
        return days;
    }

    /** The classes whose journals the viewer may see some of, by name. */
    public List<Choice> classes(StaffMember viewer, UUID yearId) {
        return choices(visible(viewer, yearId), JournalRow::classId, JournalRow::className);
    }

    public List<Choice> subjects(StaffMember viewer, UUID yearId) {
        return choices(visible(viewer, yearId), JournalRow::subjectId, JournalRow::subject);
    }

    /** The students of a class whose figures the viewer may see (the class is one of {@link #classes}). */
    public List<Choice> students(StaffMember viewer, UUID yearId, UUID classId) {
        boolean sees = visible(viewer, yearId).stream().anyMatch(j -> classId.equals(j.classId()));
        return !sees ? List.of() : repository.studentsOf(classId).stream().map(s -> new Choice(s.id(), s.name())).toList();
    }

    /** Per group, the 10-point average and the distribution of each scale, by label. */
    public List<GradeFigures> grades(StaffMember viewer, StatisticsQuery query) {
        List<JournalRow> journals = chosen(viewer, query);
        Map<UUID, JournalRow> byId = byId(journals);
        Map<String, ScaleCounter> groups = new TreeMap<>(ORDER);
        for (GradeRow row : repository.grades(byId.keySet(), query.days())) {
            Grade grade = GradeParser.stored(row.mark());
            for (String label : labels(byId.get(row.journalId()), query.by())) {
                groups.computeIfAbsent(label, k -> new ScaleCounter()).add(grade);
            }
        }
        return groups.entrySet().stream().map(e -> new GradeFigures(e.getKey(), e.getValue().distributions())).toList();
    }

    /** Per group, the lessons due, and those missed justified and unjustified, by label. */
    public List<AbsenceRate> absences(StaffMember viewer, StatisticsQuery query) {
        List<JournalRow> journals = chosen(viewer, query);
        Map<UUID, JournalRow> byId = byId(journals);
        Map<UUID, Map<UUID, List<DateRange>>> members = repository.members(journals);
        Map<String, int[]> groups = new TreeMap<>(ORDER);
        for (LessonRow lesson : repository.heldLessons(byId.keySet(), query.days())) {
            JournalRow journal = byId.get(lesson.journalId());
            int due = journal.kind().recordsParticipants() ? lesson.participants()
                    : (int) members.get(journal.id()).values().stream()
                    .filter(days -> DateRange.anyContains(days, lesson.date())).count();
            labels(journal, query.by()).forEach(l -> groups.computeIfAbsent(l, k -> new int[3])[0] += due);
        }
        AttendanceCodes codes = codes();
        for (MarkRow mark : repository.marks(byId.keySet(), query.days())) {
            Optional<AttendanceCode> code = codes.find(mark.code()).filter(AttendanceCode::absence);
            if (code.isPresent()) {
                int slot = code.get().justified() || mark.justifiedByTutor() ? 1 : 2;
                labels(byId.get(mark.journalId()), query.by())
                        .forEach(l -> groups.computeIfAbsent(l, k -> new int[3])[slot]++);
            }
        }
        return groups.entrySet().stream()
                .map(e -> new AbsenceRate(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2])).toList();
    }

    /** One student's 10-point grades per subject in date order and lessons missed per month. */
    public PupilDynamics pupil(StaffMember viewer, UUID yearId, DateRange days, UUID studentId) {
        return pupil(viewer, yearId, days, studentId, null);
    }

    /** Like {@link #pupil(StaffMember, UUID, DateRange, UUID)}, one subject's journals only when {@code subjectId} is set. */
    public PupilDynamics pupil(StaffMember viewer, UUID yearId, DateRange days, UUID studentId, UUID subjectId) {
        StatisticsRepository.StudentRow student = repository.student(studentId)
                .orElseThrow(() -> UserError.of("statistics.studentMissing"));
        Map<UUID, JournalRow> byId = byId(visible(viewer, yearId).stream()
                .filter(j -> subjectId == null || subjectId.equals(j.subjectId())).toList());
        Map<String, List<PupilDynamics.Point>> points = new TreeMap<>(ORDER);
        Map<String, Integer> others = new TreeMap<>(ORDER);
        for (GradeRow row : repository.grades(byId.keySet(), days)) {
            if (!row.studentId().equals(studentId)) {
                continue;
            }
            String subject = byId.get(row.journalId()).subject();
            Grade grade = GradeParser.stored(row.mark());
            points.computeIfAbsent(subject, k -> new ArrayList<>());
            if (grade instanceof Grade.Points(int value)) {
                points.get(subject).add(new PupilDynamics.Point(row.date(), value));
            } else if (grade.scale().isPresent()) {
                others.merge(subject, 1, Integer::sum);
            }
        }
        AttendanceCodes codes = codes();
        Map<YearMonth, int[]> months = new TreeMap<>();
        // Every month of the period is shown, a month without absences as zero.
        for (YearMonth m = YearMonth.from(days.starts()); !m.isAfter(YearMonth.from(days.ends())); m = m.plusMonths(1)) {
            months.put(m, new int[2]);
        }
        for (MarkRow mark : repository.marks(byId.keySet(), days)) {
            Optional<AttendanceCode> code = codes.find(mark.code()).filter(AttendanceCode::absence);
            if (mark.studentId().equals(studentId) && code.isPresent()) {
                months.computeIfAbsent(YearMonth.from(mark.date()), k -> new int[2])
                        [code.get().justified() || mark.justifiedByTutor() ? 0 : 1]++;
            }
        }
        String className = byId.values().stream().filter(j -> j.classId() != null && j.classId().equals(student.classId()))
                .map(JournalRow::className).findFirst().orElse("");
        return new PupilDynamics(student.name(), className,
                points.entrySet().stream().map(e -> new PupilDynamics.SubjectLine(e.getKey(), e.getValue(),
                        others.getOrDefault(e.getKey(), 0))).toList(),
                months.entrySet().stream().map(e -> new PupilDynamics.MonthAbsences(e.getKey(), e.getValue()[0],
                        e.getValue()[1])).toList());
    }

    private List<JournalRow> visible(StaffMember viewer, UUID yearId) {
        return repository.journals(yearId).stream()
                .filter(j -> StatisticsRights.maySee(viewer.id(), viewer.roles(), j.classId(), j.tutorId(),
                        j.teachers().keySet()))
                .toList();
    }

    private List<JournalRow> chosen(StaffMember viewer, StatisticsQuery query) {
        return visible(viewer, query.yearId()).stream()
                .filter(j -> query.classId() == null || query.classId().equals(j.classId()))
                .filter(j -> query.subjectId() == null || query.subjectId().equals(j.subjectId()))
                .toList();
    }

    /** The groups a journal's rows count in: one, or each of its teachers when grouped by teacher. */
    private List<String> labels(JournalRow j, Grouping by) {
        return switch (by) {
            case PROGRAMME -> List.of(j.programme() != null ? j.programme() : messages.get("statistics.noProgramme"));
            case SUBJECT -> List.of(j.subject());
            case CLASS -> List.of(j.className() != null ? j.className() : messages.get("statistics.noClass"));
            case GROUP -> List.of(j.group() != null ? j.group()
                    : messages.get("statistics.wholeClass", j.className() == null ? "" : j.className()));
            case TEACHER -> j.teachers().isEmpty() ? List.of(messages.get("statistics.noTeacher"))
                    : List.copyOf(j.teachers().values());
        };
    }

    private AttendanceCodes codes() {
        return AttendanceCodes.parse(school.setting(AttendanceCodes.SETTING).orElse(null));
    }

    private static Map<UUID, JournalRow> byId(List<JournalRow> journals) {
        return journals.stream().collect(Collectors.toMap(JournalRow::id, Function.identity(), (a, b) -> a,
                LinkedHashMap::new));
    }

    private static List<Choice> choices(List<JournalRow> journals, Function<JournalRow, UUID> id,
                                        Function<JournalRow, String> name) {
        Map<UUID, String> named = new LinkedHashMap<>();
        journals.stream().filter(j -> id.apply(j) != null).forEach(j -> named.putIfAbsent(id.apply(j), name.apply(j)));
        return named.entrySet().stream().map(e -> new Choice(e.getKey(), e.getValue()))
                .sorted(Comparator.comparing(Choice::name, ORDER)).toList();
    }
}
