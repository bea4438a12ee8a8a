package lv.klade.people.ui;

import lv.klade.testing.TestLogins;
import lv.klade.testing.FirstDayDemo;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Platform;
import lv.klade.i18n.Messages;
import lv.klade.people.StaffMember;
import lv.klade.school.SchoolClass;
import lv.klade.shell.Services;
import lv.klade.ui.Background;

/** The smallest demo school, opened for the people views' tests. */
final class DemoJournal implements AutoCloseable {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2025-10-15T09:00:00Z"), Messages.RIGA);

    final Services services;
    final Messages messages = Messages.latvian();
    private final ExecutorService worker = Executors.newSingleThreadExecutor();

    private DemoJournal(Services services) {
        this.services = services;
    }

    static DemoJournal create(Path folder) {
        Path file = folder.resolve("demo");
        FirstDayDemo.create(file, 240, CLOCK);
        return new DemoJournal(TestLogins.open(file, CLOCK));
    }

    Background background() {
        return new Background(worker, Platform::runLater, messages, error -> {
            throw new AssertionError("Unexpected error: " + error);
        });
    }

    StaffMember login(String login) {
        return services.staff().byLogin(login).orElseThrow();
    }

    SchoolClass schoolClass(String name) {
        return services.classRepository().classes(services.year().id()).stream()
                .filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    @Override
    public void close() {
        worker.shutdownNow();
        services.close();
    }
}
