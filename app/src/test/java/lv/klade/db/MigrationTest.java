package lv.klade.db;

import java.nio.file.Path;
import java.time.Clock;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
        org.jooq.impl.DSL.using(url, "sa", "")
                .execute("INSERT INTO school (id, name) VALUES (RANDOM_UUID(), 'Vecā skola')");

        try (Database database = Database.open(old, Clock.systemUTC())) {
            assertThat(database.dsl().fetchValue(SCHOOL.NAME)).isEqualTo("Vecā skola");
            assertThat(database.dsl().fetchCount(LOGIN_GUARD)).isZero();
        }
    }
}
