package lv.klade.db;

import java.nio.file.Path;
import java.time.Clock;
import lv.klade.db.generated.tables.records.SchoolSettingRecord;

/**
 * Run in a child JVM by {@link DurabilityTest}: saves settings one transaction at a time and
 * prints each key as soon as the save returns, until the parent kills it.
 */
public final class DurabilityChild {
    private DurabilityChild() {
    }

    public static void main(String[] args) {
        Database database = Database.openOrCreate(Path.of(args[0]), Clock.systemUTC());
        JournalStore store = new JournalStore(database, Clock.systemUTC());
        for (int i = 0; ; i++) {
            String key = "durability." + i;
            store.run(Actor.SYSTEM, writes -> {
                SchoolSettingRecord row = new SchoolSettingRecord();
                row.setId(Ids.next());
                row.setSettingKey(key);
                row.setSettingValue("saved");
                writes.insert(row);
            });
            System.out.println(key);
            System.out.flush();
        }
    }
}
