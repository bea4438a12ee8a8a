package lv.klade.grades.ui;

import lv.klade.testing.TestLogins;
import lv.klade.testing.FirstDayDemo;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import lv.klade.i18n.Messages;
import lv.klade.people.StaffMember;
import lv.klade.school.Journal;
import lv.klade.shell.Services;
import lv.klade.ui.Background;

/** The smallest demo school for the grades views' tests, on a school day in October 2026 (the demo year is 2026/27). */
final class GradesDemo implements AutoCloseable {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-10-15T09:00:00Z"), Messages.RIGA);

    final Services services;
    final Messages messages = Messages.latvian();
    private final ExecutorService worker = Executors.newSingleThreadExecutor();

    private GradesDemo(Services services) {
        this.services = services;
    }

    static GradesDemo create(Path folder) {
        Path file = folder.resolve("demo");
        FirstDayDemo.create(file, 240, CLOCK);
        return new GradesDemo(TestLogins.open(file, CLOCK));
    }

    /** Work on one worker thread, results on {@code ui}; an unexpected error fails the test. */
    Background background(Executor ui) {
        return new Background(worker, ui, messages, error -> {
            throw new AssertionError("Unexpected error: " + error);
        });
    }

    /** Everything on the calling thread, as view-model tests want it. */
    Background sameThread() {
        return new Background(Runnable::run, Runnable::run, messages, error -> {
            throw new AssertionError("Unexpected error: " + error);
        });
    }

    StaffMember login(String login) {
        return services.staff().byLogin(login).orElseThrow();
    }

    /** A class journal (not a group's) of the teacher in a form graded in 10 points. */
    Journal classJournalOf(String login) {
        var year = services.year().id();
        return services.classRepository().journalsOfTeacher(year, login(login).id()).stream()
                .filter(j -> j.classId() != null)
                .filter(j -> services.classRepository().schoolClass(j.classId()).orElseThrow().form() >= 4)
                .findFirst().orElseThrow();
    }

    @Override
    public void close() {
        worker.shutdownNow();
        services.close();
    }
}
