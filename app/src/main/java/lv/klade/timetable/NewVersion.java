package lv.klade.timetable;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A timetable version to save, with all its entries. */
public record NewVersion(UUID yearId, String name, LocalDate validFrom, LocalDate validTo, List<NewEntry> entries) {

    public NewVersion {
        entries = List.copyOf(entries);
    }
}
