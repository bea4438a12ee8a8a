package lv.klade.lessons;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import lv.klade.db.Actor;
import lv.klade.db.Ids;
import lv.klade.db.JournalStore;
import lv.klade.db.Writes;
import lv.klade.i18n.Messages;
import lv.klade.i18n.UserError;
import lv.klade.lessons.LessonRepository.MarkRow;
import lv.klade.lessons.LessonRepository.Slot;
import lv.klade.school.DateRange;
import lv.klade.school.SchoolRepository;
import lv.klade.timetable.AbsenceKind;
import lv.klade.timetable.Planner;
import lv.klade.timetable.TimetableRepository;

/**
 * The write path for lesson entries: a lesson and its attendance marks and participants are saved
 * in one transaction, each row with its change record. Refused, with nothing written: a lesson on a
 * day without lessons, a teacher on sick leave, a substitution without its reason, a make-up without
 * its date, a mark or participant not of the journal's class or group, an unknown code. A late
 * entry is never refused: the lesson keeps the instant it was first filled, and its state shows it.
 */
public final class LessonService {
    private final JournalStore store;
    private final SchoolRepository school;
    private final TimetableRepository timetables;
    private final LessonRepository repository;
    private final Messages messages;

    /** {@code messages} gives the 1 September topic and the day-off reasons in refusals. */
    public LessonService(JournalStore store, SchoolRepository school, TimetableRepository timetables,
                         LessonRepository repository, Messages messages) {
        this.store = store;
        this.school = school;
        this.timetables = timetables;
        this.repository = repository;
        this.messages = messages;
    }

    /** Everything one save needs, read once for any number of entries. */
    private record Context(Map<UUID, JournalInfo> journals, Map<UUID, Planner> planners, AttendanceCodes codes,
                           Map<Slot, Lesson> existing, Map<UUID, Map<UUID, MarkRow>> marks,
                           Map<UUID, Map<UUID, UUID>> participants) {
    }

    /** Saves one lesson with its marks; saving the same journal, day and period again changes it. */
    public UUID save(Actor actor, LessonEntry entry) {
        return store.write(actor, w -> save(w, entry));
    }

    /** Like {@link #save(Actor, LessonEntry)}, inside a bigger transaction. */
    public UUID save(Writes w, LessonEntry entry) {
        return saveAll(w, List.of(entry)).getFirst();
    }

    /** Saves many lessons, filled now, in a fixed number of queries; returns their keys in order. */
    public List<UUID> saveAll(Writes w, List<LessonEntry> entries) {
        Instant now = w.clock().instant();
        return saveFilled(w, entries.stream().map(e -> new FilledEntry(e, now)).toList());
    }

    /** Like {@link #saveAll}, each entry first filled at its own instant (the demo's past lessons). */
    public List<UUID> saveFilled(Writes w, List<FilledEntry> filled) {
        if (filled.isEmpty()) {
            return List.of();
        }
        Context context = context(w, filled.stream().map(FilledEntry::entry).toList());
        List<UUID> ids = new ArrayList<>(filled.size());
        for (FilledEntry f : filled) {
            ids.add(saveOne(w, context, f.entry(), f.filledAt()));
        }
        return ids;
    }

    private Context context(Writes w, List<LessonEntry> entries) {
        Set<UUID> journalIds = entries.stream().map(LessonEntry::journalId).collect(Collectors.toSet());
        Map<UUID, JournalInfo> journals = repository.journals(w, journalIds);
        Map<UUID, Planner> planners = new HashMap<>();
        journals.values().forEach(j -> planners.computeIfAbsent(j.yearId(), y -> timetables.planner(w, y)));
        LocalDate first = entries.stream().map(LessonEntry::date).filter(d -> d != null).min(LocalDate::compareTo)
                .orElse(LocalDate.EPOCH);
        LocalDate last = entries.stream().map(LessonEntry::date).filter(d -> d != null).max(LocalDate::compareTo)
                .orElse(LocalDate.EPOCH);
        Map<Slot, Lesson> existing = repository.existing(w, journalIds, new DateRange(first, last));
        Set<UUID> lessonIds = existing.values().stream().map(Lesson::id).collect(Collectors.toSet());
        return new Context(journals, planners,
                AttendanceCodes.parse(school.setting(w, AttendanceCodes.SETTING).orElse(null)), existing,
                lessonIds.isEmpty() ? new HashMap<>() : repository.markRows(w, lessonIds),
                lessonIds.isEmpty() ? new HashMap<>() : repository.participantRows(w, lessonIds));
    }

    private UUID saveOne(Writes w, Context context, LessonEntry entry, Instant filledAt) {
        JournalInfo journal = context.journals().get(entry.journalId());
        if (journal == null) {
            throw UserError.of("lesson.journalMissing");
        }
        if (entry.date() == null) {
            throw UserError.of("lesson.dateMissing");
        }
        Planner planner = context.planners().get(journal.yearId());
        planner.calendar().dayOffReason(entry.date()).ifPresent(off -> {
            throw UserError.of("lesson.dayOff", entry.date(), off.text(messages));
        });
        UUID teacher = entry.teacherId() != null ? entry.teacherId() : w.actor().userId();
        if (teacher == null) {
            throw UserError.of("lesson.teacherMissing");
        }
        LessonType type = checkedType(entry.type());
        if (!(type instanceof LessonType.NotHeld)) {
            planner.absenceOf(teacher, entry.date()).filter(a -> a.kind() == AbsenceKind.SICK_LEAVE).ifPresent(a -> {
                throw UserError.of("lesson.teacherOnSickLeave", entry.date(), a.days().starts(), a.days().ends());
            });
        }
        Map<UUID, String> marks = checkedMarks(w, journal, entry, context.codes());
        checkParticipants(w, journal, entry);
        Slot slot = new Slot(journal.id(), entry.date(), entry.period());
        Lesson old = entry.period() == null ? null : context.existing().get(slot);
        Lesson lesson = lesson(w, entry, teacher, type, old, filledAt);
        if (old == null) {
            repository.insert(w, lesson);
            context.existing().put(slot, lesson);
        } else {
            repository.update(w, lesson);
        }
        writeMarks(w, context, lesson, marks);
        writeParticipants(w, context, lesson.id(), entry.participants());
        return lesson.id();
    }

    private Lesson lesson(Writes w, LessonEntry e, UUID teacher, LessonType type, Lesson old, Instant filledAt) {
        UUID by = w.actor().userId();
        String topic = text(e.topic());
        if (topic == null && e.date().getMonth() == Month.SEPTEMBER && e.date().getDayOfMonth() == 1) {
            topic = LessonTexts.firstDayTopic(messages);
        }
        Instant changedAt = old == null ? filledAt : w.clock().instant();
        return new Lesson(old == null ? Ids.next() : old.id(), e.journalId(), e.date(), e.period(), teacher, type,
                topic, text(e.plannedResult()), text(e.homework()), text(e.notes()),
                old == null ? filledAt : old.firstFilledAt(), old == null ? by : old.firstFilledBy(), changedAt, by);
    }

    private static LessonType checkedType(LessonType type) {
        return switch (type) {
            case LessonType.Substituted s -> {
                if (text(s.reason()) == null) {
                    throw UserError.of("lesson.substitute.reasonMissing");
                }
                if (s.absentTeacherId() == null) {
                    throw UserError.of("lesson.substitute.teacherMissing");
                }
                yield new LessonType.Substituted(s.absentTeacherId(), text(s.reason()), text(s.orderNo()), s.orderDate());
            }
            case LessonType.MakeUp m -> {
                if (m.madeUpDate() == null) {
                    throw UserError.of("lesson.makeUp.dateMissing");
                }
                yield m;
            }
            case LessonType.NotHeld n -> {
                if (text(n.reason()) == null) {
                    throw UserError.of("lesson.notHeld.reasonMissing");
                }
                yield new LessonType.NotHeld(text(n.reason()));
            }
            case LessonType.Regular r -> r;
            case LessonType.Extra x -> x;
            case LessonType.Consultation c -> c;
        };
    }

    /**
     * The marks with each code as the school writes it; refused for a student the journal does not
     * teach on the lesson's day (not in the group, or not yet or no longer in the class) or an unknown code.
     */
    private Map<UUID, String> checkedMarks(Writes w, JournalInfo journal, LessonEntry entry, AttendanceCodes codes) {
        Map<UUID, String> checked = new HashMap<>();
        for (Map.Entry<UUID, String> mark : entry.marks().entrySet()) {
            if (!journal.teaches(mark.getKey(), entry.date())) {
                throw UserError.of("attendance.notInJournal", studentName(w, mark.getKey()), journal.name());
            }
            AttendanceCode code = codes.find(mark.getValue()).orElseThrow(() -> UserError.of("attendance.codeUnknown",
                    String.valueOf(mark.getValue()), codes.codes().stream().map(AttendanceCode::code)
                            .collect(Collectors.joining(", "))));
            checked.put(mark.getKey(), code.code());
        }
        return checked;
    }

    private void checkParticipants(Writes w, JournalInfo journal, LessonEntry entry) {
        for (UUID student : entry.participants()) {
            if (!journal.teaches(student, entry.date())) {
                throw UserError.of("participation.notInJournal", studentName(w, student), journal.name());
            }
        }
    }

    private String studentName(Writes w, UUID studentId) {
        return repository.studentNames(w, List.of(studentId)).getOrDefault(studentId, String.valueOf(studentId));
    }

    private void writeMarks(Writes w, Context context, Lesson lesson, Map<UUID, String> marks) {
        Map<UUID, MarkRow> old = context.marks().computeIfAbsent(lesson.id(), k -> new HashMap<>());
        for (Map.Entry<UUID, String> mark : marks.entrySet()) {
            MarkRow row = old.get(mark.getKey());
            if (row == null) {
                UUID id = Ids.next();
                repository.insertMark(w, id, lesson, mark.getKey(), mark.getValue());
                old.put(mark.getKey(), new MarkRow(id, mark.getKey(), mark.getValue()));
            } else if (!row.code().equals(mark.getValue())) {
                repository.updateMark(w, row.id(), mark.getValue(), lesson.changedAt(), lesson.changedBy());
                old.put(mark.getKey(), new MarkRow(row.id(), mark.getKey(), mark.getValue()));
            }
        }
        for (UUID student : new HashSet<>(old.keySet())) {
            if (!marks.containsKey(student)) {
                repository.deleteMark(w, old.remove(student).id());
            }
        }
    }

    private void writeParticipants(Writes w, Context context, UUID lessonId, Set<UUID> participants) {
        Map<UUID, UUID> old = context.participants().computeIfAbsent(lessonId, k -> new HashMap<>());
        for (UUID student : participants) {
            if (!old.containsKey(student)) {
                UUID id = Ids.next();
                repository.insertParticipant(w, id, lessonId, student);
                old.put(student, id);
            }
        }
        for (UUID student : new HashSet<>(old.keySet())) {
            if (!participants.contains(student)) {
                repository.deleteParticipant(w, old.remove(student));
            }
        }
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
