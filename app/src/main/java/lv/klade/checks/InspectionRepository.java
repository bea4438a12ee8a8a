package lv.klade.checks;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import lv.klade.db.Ids;
import lv.klade.db.JournalStore;
import lv.klade.db.Writes;
import lv.klade.db.generated.tables.records.InspectedJournalRecord;
import lv.klade.db.generated.tables.records.InspectionRecord;
import lv.klade.school.DateRange;

import static lv.klade.db.generated.Tables.INSPECTED_JOURNAL;
import static lv.klade.db.generated.Tables.INSPECTION;
import static lv.klade.db.generated.Tables.JOURNAL;

/** Inspection records; writes belong to {@link InspectionService}. */
public final class InspectionRepository {
    private final JournalStore store;

    public InspectionRepository(JournalStore store) {
        this.store = store;
    }

    /** The year's inspections, newest first, each with its journals. */
    List<Inspection> ofYear(UUID yearId) {
        Map<UUID, List<UUID>> journals = store.dsl().select(INSPECTED_JOURNAL.INSPECTION_ID, INSPECTED_JOURNAL.JOURNAL_ID)
                .from(INSPECTED_JOURNAL).join(INSPECTION).on(INSPECTION.ID.eq(INSPECTED_JOURNAL.INSPECTION_ID))
                .where(INSPECTION.YEAR_ID.eq(yearId))
                .fetchGroups(INSPECTED_JOURNAL.INSPECTION_ID, INSPECTED_JOURNAL.JOURNAL_ID);
        return store.dsl().selectFrom(INSPECTION).where(INSPECTION.YEAR_ID.eq(yearId))
                .orderBy(INSPECTION.INSPECTED_ON.desc(), INSPECTION.WRITTEN_AT.desc())
                .fetch(r -> new Inspection(r.getId(), r.getInspectedOn(), r.getInspectorId(),
                        journals.getOrDefault(r.getId(), List.of()), r.getFindings(), r.getRecommendations()));
    }

    /** The journals inspected on a day in the range. */
    Set<UUID> inspectedIn(DateRange days) {
        return store.dsl().selectDistinct(INSPECTED_JOURNAL.JOURNAL_ID).from(INSPECTED_JOURNAL)
                .join(INSPECTION).on(INSPECTION.ID.eq(INSPECTED_JOURNAL.INSPECTION_ID))
                .where(INSPECTION.INSPECTED_ON.between(days.starts(), days.ends()))
                .fetchSet(INSPECTED_JOURNAL.JOURNAL_ID);
    }

    /** Which of the journals exist in the year, read inside the write that names them. */
    Set<UUID> existing(Writes w, UUID yearId, Collection<UUID> journalIds) {
        return w.dsl().select(JOURNAL.ID).from(JOURNAL).where(JOURNAL.ID.in(journalIds), JOURNAL.YEAR_ID.eq(yearId))
                .fetch(JOURNAL.ID).stream().collect(Collectors.toSet());
    }

    UUID insert(Writes w, UUID yearId, Inspection inspection) {
        InspectionRecord r = new InspectionRecord();
        r.setId(Ids.next());
        r.setYearId(yearId);
        r.setInspectedOn(inspection.date());
        r.setInspectorId(w.actor().userId());
        r.setFindings(inspection.findings());
        r.setRecommendations(inspection.recommendations());
        r.setWrittenAt(OffsetDateTime.ofInstant(w.clock().instant(), ZoneOffset.UTC));
        w.insert(r);
        for (UUID journalId : inspection.journalIds()) {
            InspectedJournalRecord j = new InspectedJournalRecord();
            j.setId(Ids.next());
            j.setInspectionId(r.getId());
            j.setJournalId(journalId);
            w.insert(j);
        }
        return r.getId();
    }
}
