package lv.klade.lessons;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import lv.klade.db.Actor;
import lv.klade.db.Ids;
import lv.klade.db.JournalStore;
import lv.klade.db.Writes;
import lv.klade.i18n.UserError;
import lv.klade.lessons.AbsenceRepository.MarkRef;
import lv.klade.school.ClassRepository;
import lv.klade.school.DateRange;
import lv.klade.school.SchoolClass;
import lv.klade.school.SchoolRepository;
import lv.klade.school.Semester;

/**
 * The class tutor's work with absences: the list to justify, justifying one absence or a student's
 * days, and the monthly summary with the flag for too many unjustified lessons in a semester. Only
 * the class's tutor or an administrator may justify; Klade itself ({@link Actor#SYSTEM}) may too.
 */
public final class AbsenceService {
    /** The school setting with the semester's unjustified-lesson limit past which a student is flagged. */
    public static final String LIMIT_SETTING = "attendance.unjustifiedLimit";
    public static final int DEFAULT_LIMIT = 20;

    private final JournalStore store;
    private final SchoolRepository school;
    private final ClassRepository classes;
    private final LessonRepository lessons;
    private final AbsenceRepository repository;

    public AbsenceService(JournalStore store, SchoolRepository school, ClassRepository classes,
                          LessonRepository lessons, AbsenceRepository repository) {
        this.store = store;
        this.school = school;
        this.classes = classes;
        this.lessons = lessons;
        this.repository = repository;
    }

    /** The unjustified absences of a class's students, by student, day and period. */
    public List<AbsenceToJustify> toJustify(UUID classId) {
        return repository.unjustified(classId, codes().needingJustification());
    }

    /** Justifies one absence, after an excuse note of {@code noteDate} (may be null). */
    public UUID justify(Actor actor, UUID markId, JustificationReason reason, LocalDate noteDate) {
        return store.write(actor, w -> justify(w, markId, reason, noteDate));
    }

    /** Like {@link #justify(Actor, UUID, JustificationReason, LocalDate)}, inside a bigger transaction. */
    public UUID justify(Writes w, UUID markId, JustificationReason reason, LocalDate noteDate) {
        MarkRef mark = repository.mark(w, markId).orElseThrow(() -> UserError.of("justify.markMissing"));
        checkAllowed(w, mark.studentId(), reason);
        UUID id = Ids.next();
        repository.insertJustification(w, id, mark.studentId(), reason, noteDate, new DateRange(mark.date(), mark.date()),
                w.clock().instant());
        repository.setJustification(w, markId, id);
        return id;
    }

    /** Justifies every unjustified absence of a student in a range of days; refused when there is none. */
    public UUID justifyDays(Actor actor, UUID studentId, DateRange days, JustificationReason reason,
                            LocalDate noteDate) {
        return store.write(actor, w -> justifyDays(w, studentId, days, reason, noteDate));
    }

    /** Like the {@link Actor} form, inside a bigger transaction. */
    public UUID justifyDays(Writes w, UUID studentId, DateRange days, JustificationReason reason,
                            LocalDate noteDate) {
        checkAllowed(w, studentId, reason);
        List<MarkRef> marks = repository.unjustifiedOf(w, studentId, days,
                codes(w).needingJustification());
        if (marks.isEmpty()) {
            throw UserError.of("justify.nothing", repository.studentName(w, studentId), days.starts(), days.ends());
        }
        UUID id = Ids.next();
        repository.insertJustification(w, id, studentId, reason, noteDate, days, w.clock().instant());
        marks.forEach(m -> repository.setJustification(w, m.id(), id));
        return id;
    }

    private void checkAllowed(Writes w, UUID studentId, JustificationReason reason) {
        if (reason == null) {
            throw UserError.of("justify.reasonMissing");
        }
        UUID actor = w.actor().userId();
        Optional<Map.Entry<UUID, String>> schoolClass = repository.classOf(w, studentId);
        if (actor != null && (schoolClass.isEmpty() || !repository.mayJustify(w, actor, schoolClass.get().getKey()))) {
            throw UserError.of("justify.notTutor", schoolClass.map(Map.Entry::getValue).orElse(""));
        }
    }

    /**
     * Each student's justified and unjustified lessons in a month, by name, with the unjustified
     * lessons of the semester the month's first school day falls in and the flag past the limit.
     */
    public List<AbsenceSummary> monthlySummary(UUID classId, YearMonth month) {
        SchoolClass schoolClass = classes.schoolClass(classId).orElseThrow(() -> UserError.of("class.missing"));
        DateRange monthDays = new DateRange(month.atDay(1), month.atEndOfMonth());
        DateRange semester = school.calendar(schoolClass.yearId()).semesters().stream().map(Semester::range)
                .filter(s -> s.overlaps(monthDays)).findFirst().orElse(monthDays);
        AttendanceCodes codes = codes();
        Map<UUID, List<DateRange>> inClass = repository.classDays(classId);
        Set<UUID> students = inClass.entrySet().stream()
                .filter(e -> DateRange.anyOverlaps(e.getValue(), monthDays)).map(Map.Entry::getKey)
                .collect(Collectors.toSet());
        Map<UUID, int[]> counts = new HashMap<>();
        DateRange read = new DateRange(min(semester.starts(), monthDays.starts()), max(semester.ends(), monthDays.ends()));
        for (MarkRef mark : repository.marksOf(students, read)) {
            Optional<AttendanceCode> code = codes.find(mark.code()).filter(AttendanceCode::absence);
            if (code.isEmpty()) {
                continue;
            }
            boolean justified = code.get().justified() || mark.justificationId() != null;
            int[] c = counts.computeIfAbsent(mark.studentId(), k -> new int[3]);
            // The month counts the class's own days; the semester's limit is the student's, wherever they learned.
            if (monthDays.contains(mark.date()) && DateRange.anyContains(inClass.get(mark.studentId()), mark.date())) {
                c[justified ? 0 : 1]++;
            }
            if (!justified && semester.contains(mark.date())) {
                c[2]++;
            }
        }
        int limit = limit();
        return lessons.studentNames(students).stream().map(s -> {
            int[] c = counts.getOrDefault(s.id(), new int[3]);
            return new AbsenceSummary(s.id(), s.fullName(), c[0], c[1], c[2], c[2] > limit);
        }).toList();
    }

    /**
     * Each student's justified and unjustified lessons and times late in any range of days, counted
     * as {@link #monthlySummary} counts them; students of the class without marks are left out.
     */
    public Map<UUID, AbsenceCount> counts(UUID classId, DateRange days) {
        return count(repository.marksOfClass(classId, days));
    }

    /** Like {@link #counts(UUID, DateRange)}, for the marks given in one journal's lessons. */
    public Map<UUID, AbsenceCount> journalCounts(UUID journalId, DateRange days) {
        return count(repository.marksOfJournal(journalId, days));
    }

    private Map<UUID, AbsenceCount> count(List<MarkRef> marks) {
        AttendanceCodes codes = codes();
        Map<UUID, int[]> counts = new HashMap<>();
        for (MarkRef mark : marks) {
            Optional<AttendanceCode> code = codes.find(mark.code());
            if (code.isEmpty()) {
                continue;
            }
            int[] c = counts.computeIfAbsent(mark.studentId(), k -> new int[3]);
            if (!code.get().absence()) {
                c[2]++;
            } else {
                c[code.get().justified() || mark.justificationId() != null ? 0 : 1]++;
            }
        }
        Map<UUID, AbsenceCount> result = new HashMap<>();
        counts.forEach((id, c) -> result.put(id, new AbsenceCount(c[0], c[1], c[2])));
        return result;
    }

    private int limit() {
        try {
            return school.setting(LIMIT_SETTING).map(String::strip).map(Integer::parseInt).orElse(DEFAULT_LIMIT);
        } catch (NumberFormatException e) {
            return DEFAULT_LIMIT;
        }
    }

    private AttendanceCodes codes() {
        return AttendanceCodes.parse(school.setting(AttendanceCodes.SETTING).orElse(null));
    }

    private AttendanceCodes codes(Writes w) {
        return AttendanceCodes.parse(school.setting(w, AttendanceCodes.SETTING).orElse(null));
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
