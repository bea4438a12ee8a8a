package lv.klade.cli;

import java.time.Clock;

/** The list of command words; each feature's commands are registered here. */
final class Commands {
    private Commands() {
    }

    static void registerAll(Cli cli) {
        Clock clock = Clock.systemDefaultZone();
        cli.register("demo", new DemoCommand(clock));
        cli.register("info", new InfoCommand(clock));
        cli.register("holidays", new HolidaysCommand());
        cli.register("timetable", new TimetableCommand(clock));
        cli.register("lessons", new LessonsCommand(clock));
        cli.register("print", new PrintCommand(clock));
        cli.register("gradebook", new GradebookCommand(clock));
        cli.register("import-students", new ImportStudentsCommand(clock));
        new SyncCommands(clock).registerAll(cli);
    }
}
