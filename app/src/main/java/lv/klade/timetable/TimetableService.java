package lv.klade.timetable;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import lv.klade.db.Actor;
import lv.klade.db.Ids;
import lv.klade.db.JournalStore;
import lv.klade.db.Writes;
import lv.klade.i18n.UserError;
import lv.klade.school.BellPeriod;
import lv.klade.school.DateRange;
import lv.klade.school.SchoolRepository;
import lv.klade.school.SchoolYear;
import lv.klade.timetable.Clashes.Booking;
import lv.klade.timetable.Clashes.Clash;

/**
 * The write path for timetable versions and their entries. Every save is checked for clashes with
 * the entries of all versions valid on a common day; a clash refuses the whole save. Each change has
 * an {@link Actor} form with its own transaction and a {@link Writes} form that joins a bigger one.
 * Both check the acting user's {@link TimetableRights}: versions are the administrator's, a class
 * tutor adds and removes only their own class's entries; Klade itself (setup, the demo) may do all.
 */
public final class TimetableService {
    private final JournalStore store;
    private final SchoolRepository school;
    private final TimetableRepository repository;

    public TimetableService(JournalStore store, SchoolRepository school, TimetableRepository repository) {
        this.store = store;
        this.school = school;
        this.repository = repository;
    }

    /** Saves a version with its entries; refused with nothing saved on any clash. */
    public UUID addVersion(Actor actor, NewVersion version) {
        return store.write(actor, w -> addVersion(w, version));
    }

    /** Like {@link #addVersion(Actor, NewVersion)}, inside a bigger transaction. */
    public UUID addVersion(Writes w, NewVersion draft) {
        requireAdministrator(w);
        return insertVersion(w, draft);
    }

    private UUID insertVersion(Writes w, NewVersion draft) {
        TimetableVersion version = newVersion(w, draft);
        List<TimetableEntry> entries = draft.entries().stream().map(e -> newEntry(version.id(), e)).toList();
        save(w, version, entries, true);
        return version.id();
    }

    /**
     * Starts a new version on {@code draft.validFrom()}: every version of the year still valid that day
     * ends the day before, so lessons already recorded and those planned before stay as they were.
     */
    public UUID replaceFrom(Actor actor, NewVersion version) {
        return store.write(actor, w -> replaceFrom(w, version));
    }

    /** Like {@link #replaceFrom(Actor, NewVersion)}, inside a bigger transaction. */
    public UUID replaceFrom(Writes w, NewVersion draft) {
        requireAdministrator(w);
        for (TimetableVersion old : repository.versions(w, draft.yearId())) {
            DateRange days = old.validity();
            if (days.contains(draft.validFrom()) && days.starts().isBefore(draft.validFrom())) {
                repository.setValidity(w, old.id(), new DateRange(days.starts(), draft.validFrom().minusDays(1)));
            }
        }
        return insertVersion(w, draft);
    }

    /** Adds one entry to a version; refused on a clash. */
    public UUID addEntry(Actor actor, UUID versionId, NewEntry entry) {
        return store.write(actor, w -> addEntry(w, versionId, entry));
    }

    /** Like {@link #addEntry(Actor, UUID, NewEntry)}, inside a bigger transaction. */
    public UUID addEntry(Writes w, UUID versionId, NewEntry draft) {
        TimetableVersion version = repository.version(w, versionId)
                .orElseThrow(() -> UserError.of("timetable.versionMissing"));
        requireClassOf(w, draft.journalId());
        TimetableEntry entry = newEntry(versionId, draft);
        save(w, version, List.of(entry), false);
        return entry.id();
    }

    /** Removes one entry; lessons already recorded in its slot stay. */
    public void removeEntry(Actor actor, UUID entryId) {
        store.run(actor, w -> removeEntry(w, entryId));
    }

    /** Like {@link #removeEntry(Actor, UUID)}, inside a bigger transaction. */
    public void removeEntry(Writes w, UUID entryId) {
        TimetableEntry entry = repository.entry(w, entryId).orElseThrow(() -> UserError.of("timetable.entryMissing"));
        requireClassOf(w, entry.journalId());
        repository.deleteEntry(w, entryId);
    }

    /** A version spans the whole school, so starting or ending one is the administrator's. */
    private void requireAdministrator(Writes w) {
        TimetableRights rights = repository.rights(w);
        if (!rights.everything()) {
            throw UserError.of(rights.mayEditSomething() ? "timetable.rights.versionAdminOnly" : "timetable.rights.none");
        }
    }

    /** The journal's class must be one the user may edit; a combined group's journal is the administrator's. */
    private void requireClassOf(Writes w, UUID journalId) {
        TimetableRights rights = repository.rights(w);
        if (rights.everything()) {
            return;
        }
        if (!rights.mayEditSomething()) {
            throw UserError.of("timetable.rights.none");
        }
        JournalTarget journal = journalId == null ? null : repository.targets(w, List.of(journalId)).get(journalId);
        if (journal != null && !rights.mayEdit(journal.ownerClass())) {
            throw UserError.of("timetable.rights.notOwnClass", journal.name());
        }
    }

    private TimetableVersion newVersion(Writes w, NewVersion draft) {
        String name = draft.name() == null || draft.name().isBlank() ? null : draft.name().strip();
        if (name == null) {
            throw UserError.of("timetable.nameMissing");
        }
        if (draft.validFrom() == null || draft.validTo() == null) {
            throw UserError.of("timetable.validityMissing");
        }
        DateRange validity = new DateRange(draft.validFrom(), draft.validTo());
        SchoolYear year = school.years(w).stream().filter(y -> y.id().equals(draft.yearId())).findFirst()
                .orElseThrow(() -> UserError.of("year.missing"));
        if (!validity.isOrdered() || !year.range().contains(validity)) {
            throw UserError.of("timetable.validityOutsideYear", validity.starts(), validity.ends(), year.name());
        }
        return new TimetableVersion(Ids.next(), year.id(), name, validity);
    }

    private static TimetableEntry newEntry(UUID versionId, NewEntry e) {
        String room = e.room() == null || e.room().isBlank() ? null : e.room().strip();
        return new TimetableEntry(Ids.next(), versionId, e.weekday(), e.period(), e.journalId(), e.teacherId(), room);
    }

    private void save(Writes w, TimetableVersion version, List<TimetableEntry> entries, boolean newVersion) {
        Set<Integer> periods = school.bellPeriods(w).stream().map(BellPeriod::number).collect(Collectors.toSet());
        List<TimetableVersion> others = repository.versions(w, version.yearId()).stream()
                .filter(v -> v.validity().overlaps(version.validity())).toList();
        List<Booking> existing = new ArrayList<>();
        Map<UUID, TimetableVersion> byId = others.stream().collect(Collectors.toMap(TimetableVersion::id, v -> v));
        repository.entries(w, byId.keySet()).forEach(e -> existing.add(new Booking(e, byId.get(e.versionId()))));
        List<Booking> added = entries.stream().map(e -> new Booking(e, version)).toList();
        Map<UUID, JournalTarget> targets = repository.targets(w, Stream.concat(existing.stream(), added.stream())
                .map(b -> b.entry().journalId()).collect(Collectors.toSet()));
        for (TimetableEntry entry : entries) {
            check(w, entry, periods, targets, version);
        }
        Clashes.find(existing, added, targets).ifPresent(clash -> refuse(w, clash, targets));
        if (newVersion) {
            repository.insert(w, version);
        }
        entries.forEach(e -> repository.insert(w, e));
    }

    private void check(Writes w, TimetableEntry e, Set<Integer> periods, Map<UUID, JournalTarget> targets,
                       TimetableVersion version) {
        if (e.weekday() == null || e.weekday().compareTo(DayOfWeek.FRIDAY) > 0) {
            throw UserError.of("timetable.weekdayInvalid");
        }
        if (!periods.contains(e.period())) {
            throw UserError.of("timetable.periodUnknown", e.period());
        }
        JournalTarget journal = targets.get(e.journalId());
        if (journal == null || !journal.yearId().equals(version.yearId())) {
            throw UserError.of("timetable.journalMissing");
        }
        if (e.teacherId() == null || !repository.staffExists(w, e.teacherId())) {
            throw UserError.of("timetable.teacherMissing", journal.name());
        }
    }

    private void refuse(Writes w, Clash clash, Map<UUID, JournalTarget> targets) {
        TimetableEntry a = clash.first().entry();
        String what = switch (clash.kind()) {
            case TEACHER -> repository.staffNames(w, List.of(a.teacherId())).getOrDefault(a.teacherId(), "");
            case ROOM -> (String) clash.subject();
            case CLASS -> "";
            case STUDENT -> repository.studentName(w, (UUID) clash.subject());
        };
        throw UserError.of("timetable.clash." + clash.kind().name().toLowerCase(java.util.Locale.ROOT),
                a.weekday().getValue(), a.period(),
                targets.get(a.journalId()).name(), clash.first().version().name(),
                targets.get(clash.second().entry().journalId()).name(), clash.second().version().name(), what);
    }

    // --- teacher absences and substitutes ---

    /** Records a teacher's absence: their planned lessons in it are shown as not held, with the reason. */
    public UUID addAbsence(Actor actor, UUID staffId, AbsenceKind kind, DateRange days, String reason) {
        return store.write(actor, w -> addAbsence(w, staffId, kind, days, reason));
    }

    /**
     * Like {@link #addAbsence(Actor, UUID, AbsenceKind, DateRange, String)}, inside a bigger transaction.
     * Refused for a range that ends before it starts, is not inside a school year or overlaps the
     * teacher's other absence, and without a kind and reason.
     */
    public UUID addAbsence(Writes w, UUID staffId, AbsenceKind kind, DateRange days, String reason) {
        requireSubstituteRights(w);
        if (staffId == null || !repository.staffExists(w, staffId)) {
            throw UserError.of("absence.teacherMissing");
        }
        if (kind == null || reason == null || reason.isBlank()) {
            throw UserError.of("absence.reasonMissing");
        }
        if (days == null) {
            throw UserError.of("absence.daysMissing");
        }
        if (!days.isOrdered()) {
            throw UserError.of("absence.endsBeforeStart", days.starts(), days.ends());
        }
        List<SchoolYear> years = school.years(w);
        if (years.stream().noneMatch(y -> y.range().contains(days))) {
            SchoolYear year = years.stream().filter(SchoolYear::current).findFirst()
                    .orElseThrow(() -> UserError.of("year.missing"));
            throw UserError.of("absence.outsideYear", days.starts(), days.ends(), year.name(), year.starts(),
                    year.ends());
        }
        for (TeacherAbsence other : repository.absences(w, staffId)) {
            if (other.days().overlaps(days)) {
                throw UserError.of("absence.overlap", other.days().starts(), other.days().ends());
            }
        }
        TeacherAbsence absence = new TeacherAbsence(Ids.next(), staffId, kind, days, reason.strip());
        repository.insert(w, absence);
        return absence.id();
    }

    /** Removes a recorded absence and the substitutes named for its lessons; lessons already recorded stay. */
    public void removeAbsence(Actor actor, UUID absenceId) {
        store.run(actor, w -> removeAbsence(w, absenceId));
    }

    /** Like {@link #removeAbsence(Actor, UUID)}, inside a bigger transaction. */
    public void removeAbsence(Writes w, UUID absenceId) {
        requireSubstituteRights(w);
        TeacherAbsence absence = repository.absence(w, absenceId).orElseThrow(() -> UserError.of("absence.missing"));
        repository.substitutesFor(w, absence.staffId(), absence.days()).forEach(id -> repository.deleteSubstitute(w, id));
        repository.deleteAbsence(w, absenceId);
    }

    /**
     * Gives an absent teacher's planned lesson to a substitute, by the director's order (number and
     * date, both required: the lesson entry names them). Refused when the lesson is not planned, its
     * teacher is not away, or the substitute is away or teaching another lesson then.
     */
    public UUID assignSubstitute(Actor actor, UUID yearId, UUID journalId, LocalDate date, int period,
                                 UUID substituteId, String orderNo, LocalDate orderDate) {
        return store.write(actor, w -> assignSubstitute(w, yearId, journalId, date, period, substituteId, orderNo,
                orderDate));
    }

    /** Like the {@link Actor} form, inside a bigger transaction. */
    public UUID assignSubstitute(Writes w, UUID yearId, UUID journalId, LocalDate date, int period,
                                 UUID substituteId, String orderNo, LocalDate orderDate) {
        requireSubstituteRights(w);
        Planner planner = repository.planner(w, yearId);
        PlannedLesson lesson = awayTeachersLesson(planner, journalId, date, period);
        if (substituteId == null || !repository.staffExists(w, substituteId)
                || substituteId.equals(lesson.teacherId())) {
            throw UserError.of("substitute.missing");
        }
        if (orderNo == null || orderNo.isBlank() || orderDate == null) {
            throw UserError.of("substitute.orderMissing");
        }
        String name = repository.staffNames(w, List.of(substituteId)).getOrDefault(substituteId, "");
        if (planner.absenceOf(substituteId, date).isPresent()) {
            throw UserError.of("substitute.away", date, name);
        }
        Optional<PlannedLesson> busy = planner.teachingAt(substituteId, date, period)
                .filter(other -> !other.journalId().equals(journalId));
        if (busy.isPresent()) {
            String journal = repository.targets(w, List.of(busy.get().journalId())).get(busy.get().journalId()).name();
            throw UserError.of("substitute.busy", date, period, name, journal);
        }
        repository.substituteAt(w, journalId, date, period).ifPresent(id -> repository.deleteSubstitute(w, id));
        SubstituteAssignment s = new SubstituteAssignment(Ids.next(), date, period, journalId, lesson.teacherId(),
                substituteId, orderNo.strip(), orderDate);
        repository.insert(w, s);
        return s.id();
    }

    /** Leaves an absent teacher's lesson without a substitute: it is not held, for the absence's reason. */
    public void markNotHeld(Actor actor, UUID yearId, UUID journalId, LocalDate date, int period) {
        store.run(actor, w -> {
            requireSubstituteRights(w);
            awayTeachersLesson(repository.planner(w, yearId), journalId, date, period);
            repository.substituteAt(w, journalId, date, period).ifPresent(id -> repository.deleteSubstitute(w, id));
        });
    }

    private static PlannedLesson awayTeachersLesson(Planner planner, UUID journalId, LocalDate date, int period) {
        PlannedLesson lesson = planner.at(journalId, date, period)
                .orElseThrow(() -> UserError.of("substitute.noLesson", date, period));
        if (lesson.absence() == null) {
            throw UserError.of("substitute.teacherPresent", date);
        }
        return lesson;
    }

    private void requireSubstituteRights(Writes w) {
        if (!repository.rights(w).mayArrangeSubstitutes()) {
            throw UserError.of("absence.rights");
        }
    }
}
