package lv.klade.people;

import java.time.LocalDate;
import java.util.UUID;
import lv.klade.db.Actor;
import lv.klade.db.Ids;
import lv.klade.db.JournalStore;
import lv.klade.db.generated.tables.records.SchoolClassRecord;
import lv.klade.db.generated.tables.records.SchoolRecord;
import lv.klade.db.generated.tables.records.SchoolYearRecord;

/** Makes the school, year and classes people refer to, standing in for the school feature in tests. */
final class TestSchoolRepository {
    private final JournalStore store;
    private UUID yearId;

    TestSchoolRepository(JournalStore store) {
        this.store = store;
    }

    UUID newClass(String name, int form) {
        UUID id = Ids.next();
        store.run(Actor.SYSTEM, w -> {
            if (yearId == null) {
                SchoolRecord school = new SchoolRecord();
                school.setId(Ids.next());
                school.setName("Rīgas Mūzikas vidusskola");
                w.insert(school);
                SchoolYearRecord year = new SchoolYearRecord();
                yearId = Ids.next();
                year.setId(yearId);
                year.setSchoolId(school.getId());
                year.setName("2024/2025");
                year.setStarts(LocalDate.of(2024, 9, 1));
                year.setEnds(LocalDate.of(2025, 8, 31));
                year.setCurrentYear(true);
                w.insert(year);
            }
            SchoolClassRecord row = new SchoolClassRecord();
            row.setId(id);
            row.setYearId(yearId);
            row.setName(name);
            row.setForm(form);
            w.insert(row);
        });
        return id;
    }
}
