package lv.klade.timetable.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import lv.klade.db.Actor;
import lv.klade.i18n.UserError;
import lv.klade.school.SchoolRepository;
import lv.klade.school.SchoolYear;
import lv.klade.timetable.NewEntry;
import lv.klade.timetable.NewVersion;
import lv.klade.timetable.TimetableRepository;
import lv.klade.timetable.TimetableService;
import lv.klade.timetable.TimetableVersion;

/** A new timetable version from a day, starting as a copy of the one valid that day. Runs off the FX thread. */
final class NewVersions {
    private NewVersions() {
    }

    static UUID startFrom(TimetableService service, TimetableRepository timetables, SchoolRepository school,
                          Actor actor, String name, LocalDate from) {
        if (from == null) {
            throw UserError.of("timetable.validityMissing");
        }
        SchoolYear year = school.currentYear().orElseThrow(() -> UserError.of("year.missing"));
        TimetableVersion current = timetables.versions(year.id()).stream().filter(v -> v.validity().contains(from))
                .reduce((a, b) -> b).orElse(null);
        if (current != null && current.validity().starts().equals(from)) {
            throw UserError.of("timetableEditor.versionStartsThatDay", current.name(), from);
        }
        List<NewEntry> copied = current == null ? List.of() : timetables.entries(current.id()).stream()
                .map(e -> new NewEntry(e.weekday(), e.period(), e.journalId(), e.teacherId(), e.room())).toList();
        LocalDate to = current == null ? year.ends() : current.validity().ends();
        return service.replaceFrom(actor, new NewVersion(year.id(), name, from, to, copied));
    }
}
