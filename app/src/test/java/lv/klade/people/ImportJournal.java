package lv.klade.people;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import lv.klade.i18n.Messages;
import lv.klade.shell.Services;
import lv.klade.testing.FirstDayDemo;
import lv.klade.testing.TestLogins;

/** A small demo school on its first day, opened as its administrator, for the student import's tests. */
final class ImportJournal implements AutoCloseable {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-09-01T07:00:00Z"), Messages.RIGA);

    final Services services;
    final StudentImportService imports;

    private ImportJournal(Services services) {
        this.services = services;
        this.imports = new StudentImportService(services.store(), services.students(), services.schoolRepository(),
                services.classRepository());
    }

    static ImportJournal create(Path dir) {
        FirstDayDemo.create(dir.resolve("demo"), 24, CLOCK);
        return new ImportJournal(TestLogins.open(dir.resolve("demo"), CLOCK));
    }

    StaffMember login(String login) {
        return services.staff().byLogin(login).orElseThrow();
    }

    @Override
    public void close() {
        services.close();
    }
}
