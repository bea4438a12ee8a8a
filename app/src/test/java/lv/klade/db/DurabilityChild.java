package lv.klade.db;

import java.nio.file.Path;
import java.util.HexFormat;
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
        Database database = Database.create(Path.of(args[0]), Clock.systemUTC());
        // The parent opens the journal again after the kill: it needs the key, as a login would give it.
        System.out.println(HexFormat.of().formatHex(database.key().bytes()));
        System.out.flush();
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
