package lv.klade.db;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import lv.klade.db.generated.tables.records.SchoolRecord;
import lv.klade.i18n.UserError;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static lv.klade.db.generated.Tables.SCHOOL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JournalStoreTest {
    @TempDir
    Path dir;
    private Database database;
    private JournalStore store;

    @BeforeEach
    void open() {
        database = Database.create(dir.resolve("journal"), Clock.systemUTC());
        store = new JournalStore(database, Clock.systemUTC());
    }

    @AfterEach
    void close() {
        database.close();
    }

    private static SchoolRecord school(UUID id, String name) {
        SchoolRecord row = new SchoolRecord();
        row.setId(id);
        row.setName(name);
        return row;
    }

    @Test
    void eachInsertRecordsExactlyOneChange() {
        UUID id = Ids.next();
        store.run(Actor.SYSTEM, writes -> writes.insert(school(id, "Rīgas 1. vidusskola")));

        ChangeLog log = new ChangeLog(store);
        assertThat(log.count()).isEqualTo(1);
        ChangeRecord change = log.forRow("school", id).getFirst();
        assertThat(change.operation()).isEqualTo("insert");
        assertThat(change.fields()).contains("\"name\":\"Rīgas 1. vidusskola\"");
        assertThat(change.installationId()).isEqualTo(database.installationId());
    }

    @Test
    void eachUpdateRecordsOnlyTheChangedFields() {
        UUID id = Ids.next();
        store.run(Actor.SYSTEM, writes -> writes.insert(school(id, "Vecais nosaukums")));
        UUID user = Ids.next();
        store.run(Actor.user(user), writes -> writes.update(SCHOOL, id, Map.of(SCHOOL.NAME, "Jaunais")));

        ChangeRecord change = new ChangeLog(store).forRow("school", id).getLast();
        assertThat(change.operation()).isEqualTo("update");
        assertThat(change.fields()).isEqualTo("{\"name\":\"Jaunais\"}");
        assertThat(change.userId()).isEqualTo(user);
        assertThat(store.dsl().fetchValue(SCHOOL.NAME)).isEqualTo("Jaunais");
    }

    @Test
    void aFailedValidationWritesNothingAndRecordsNothing() {
        assertThatThrownBy(() -> store.run(Actor.SYSTEM, writes -> {
            writes.insert(school(Ids.next(), "Pirmā"));
            writes.dsl();
            throw UserError.of("db.exists", "x");
        })).isInstanceOf(UserError.class);

        assertThat(store.dsl().fetchCount(SCHOOL)).isZero();
        assertThat(new ChangeLog(store).count()).isZero();
    }

    @Test
    void aTablesVersionCountsCommittedWritesOfItOnly() {
        UUID id = Ids.next();
        store.run(Actor.SYSTEM, writes -> writes.insert(school(id, "Vecais nosaukums")));
        store.run(Actor.SYSTEM, writes -> writes.update(SCHOOL, id, Map.of(SCHOOL.NAME, "Jaunais")));
        assertThat(store.version("school")).isEqualTo(2);
        assertThat(store.version("school_setting")).isZero();
    }

    @Test
    void aRolledBackWriteLeavesTheVersionAlone() {
        assertThatThrownBy(() -> store.run(Actor.SYSTEM, writes -> {
            writes.insert(school(Ids.next(), "Nebūs"));
            throw UserError.of("db.test");
        })).isInstanceOf(UserError.class);
        assertThat(store.version("school")).isZero();
    }
}
