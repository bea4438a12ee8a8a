package lv.klade.checks;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import lv.klade.db.JournalStore;
import lv.klade.i18n.Messages;
import lv.klade.i18n.UserError;
import lv.klade.people.StaffMember;
import lv.klade.school.ClassRepository;
import lv.klade.school.DateRange;
import lv.klade.school.Journal;
import lv.klade.school.SchoolRepository;
import lv.klade.school.SchoolYear;
import lv.klade.school.Semester;

/**
 * The deputy director's inspection records (seed 001 §23: at least once a semester): written only
 * by those {@link InspectionRights} names, with the day inside the school year, at least one journal
 * that exists, and findings. Checked first, then written whole in one transaction.
 */
public final class InspectionService {
    /** What the form's text areas hold, in characters (the columns' size). */
    public static final int MAX_TEXT = 4000;

    private final JournalStore store;
    private final InspectionRepository repository;
    private final SchoolRepository school;
    private final ClassRepository classes;

    public InspectionService(JournalStore store, InspectionRepository repository, SchoolRepository school,
                             ClassRepository classes) {
        this.store = store;
        this.repository = repository;
        this.school = school;
        this.classes = classes;
    }

    /** Records an inspection by {@code inspector}; returns its key. */
    public UUID record(StaffMember inspector, LocalDate date, List<UUID> journalIds, String findings,
                       String recommendations) {
        if (!InspectionRights.mayRecord(inspector)) {
            throw UserError.of("inspections.notAllowed", inspector.fullName());
        }
        SchoolYear year = year();
        if (date == null || !year.range().contains(date)) {
            throw UserError.of("inspections.dateOutsideYear", Messages.date(date), year.name());
        }
        Set<UUID> journals = new LinkedHashSet<>(journalIds == null ? List.of() : journalIds);
        journals.remove(null);
        if (journals.isEmpty()) {
            throw UserError.of("inspections.noJournals");
        }
        String found = findings == null ? "" : findings.strip();
        String advised = recommendations == null ? "" : recommendations.strip();
        if (found.isEmpty()) {
            throw UserError.of("inspections.noFindings");
        }
        if (found.length() > MAX_TEXT || advised.length() > MAX_TEXT) {
            throw UserError.of("inspections.tooLong", MAX_TEXT);
        }
        return store.write(lv.klade.db.Actor.user(inspector.id()), w -> {
            Set<UUID> existing = repository.existing(w, year.id(), journals);
            journals.stream().filter(id -> !existing.contains(id)).findFirst().ifPresent(missing -> {
                throw UserError.of("inspections.journalMissing", missing.toString());
            });
            return repository.insert(w, year.id(),
                    new Inspection(null, date, inspector.id(), List.copyOf(journals), found, advised));
        });
    }

    /** The year's inspections, newest first; only for those who may record them. */
    public List<Inspection> inspections(StaffMember viewer) {
        if (!InspectionRights.mayRecord(viewer)) {
            throw UserError.of("inspections.notAllowed", viewer.fullName());
        }
        return repository.ofYear(year().id());
    }

    /** The year's journals no inspection named in the semester that holds {@code today} (or the year's first). */
    public List<Journal> notInspected(StaffMember viewer, LocalDate today) {
        if (!InspectionRights.mayRecord(viewer)) {
            throw UserError.of("inspections.notAllowed", viewer.fullName());
        }
        SchoolYear year = year();
        DateRange semester = school.semesters(year.id()).stream().map(Semester::range)
                .filter(s -> s.contains(today)).findFirst().orElse(year.range());
        Set<UUID> inspected = repository.inspectedIn(semester);
        return classes.journals(year.id()).stream().filter(j -> !inspected.contains(j.id()))
                .sorted(Comparator.comparing(Journal::name)).toList();
    }

    private SchoolYear year() {
        return school.currentYear().orElseThrow(() -> UserError.of("school.missing"));
    }
}
