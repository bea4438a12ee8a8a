package lv.klade.db;

import java.nio.file.Path;
import java.time.Clock;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static lv.klade.db.generated.Tables.CHANGE_LOG;
import static lv.klade.db.generated.Tables.LOGIN_GUARD;
import static lv.klade.db.generated.Tables.SCHOOL;
import static org.assertj.core.api.Assertions.assertThat;

class MigrationTest {
    @TempDir
    Path dir;

    @Test
    void anEmptyFileIsMigratedToTheNewestSchema() {
        try (Database database = Database.create(dir.resolve("fresh"), Clock.systemUTC())) {
            assertThat(database.dsl().fetchCount(LOGIN_GUARD)).isZero();
            assertThat(database.dsl().fetchCount(SCHOOL)).isZero();
        }
    }

    @Test
    void aJournalMadeByTheFirstMigrationOnlyOpensAndKeepsItsData() {
        Path old = dir.resolve("old");
        String url = "jdbc:h2:file:" + old.toAbsolutePath();
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").target("1").load().migrate();
        try (var dsl = org.jooq.impl.DSL.using(url, "sa", "")) {
            dsl.execute("INSERT INTO school (id, name) VALUES (RANDOM_UUID(), 'Vecā skola')");
        }
        OldJournals.addAdministrator(url);

        try (Database database = OldJournals.open(old)) {
            assertThat(database.dsl().fetchValue(SCHOOL.NAME)).isEqualTo("Vecā skola");
            assertThat(database.dsl().fetchCount(LOGIN_GUARD)).isZero();
        }
    }

    @Test
    void anOlderJournalsLongChangeRecordsSurviveTheMoveOutOfTheLobStore() {
        Path old = dir.resolve("v34");
        String url = "jdbc:h2:file:" + old.toAbsolutePath();
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").target("34").load().migrate();
        String fields = "{\"note\":\"" + "ā".repeat(3000) + "\"}";
        try (var dsl = org.jooq.impl.DSL.using(url, "sa", "")) {
            dsl.execute("INSERT INTO change_log (id, table_name, row_id, operation, "
                    + "fields, installation_id, made_at) VALUES (RANDOM_UUID(), 'grade', RANDOM_UUID(), 'INSERT', ?, "
                    + "RANDOM_UUID(), CURRENT_TIMESTAMP)", fields);
        }
        OldJournals.addAdministrator(url);

        // Opening migrates (the change log's fields leave the LOB store) and then compacts the file.
        try (Database database = OldJournals.open(old)) {
            assertThat(database.dsl().fetchValue(CHANGE_LOG.FIELDS)).isEqualTo(fields);
            assertThat(database.dsl().fetchValue("SELECT data_type FROM information_schema.columns "
                    + "WHERE table_name = 'CHANGE_LOG' AND column_name = 'FIELDS'")).isEqualTo("CHARACTER VARYING");
        }
        try (Database again = OldJournals.open(old)) {
            assertThat(again.dsl().fetchCount(CHANGE_LOG)).isEqualTo(1);
        }
    }
}
