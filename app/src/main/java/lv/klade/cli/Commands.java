package lv.klade.cli;

import java.time.Clock;

/** The list of command words; each feature's commands are registered here. */
final class Commands {
    private Commands() {
    }

    static void registerAll(Cli cli) {
        registerAll(cli, Clock.systemDefaultZone());
    }

    /** Every command on {@code clock}: tests give a fixed day, so "today" is inside the school year. */
    static void registerAll(Cli cli, Clock clock) {
        cli.register("demo", new DemoCommand(clock), "db", "students", "seed", "today");
        cli.register("info", new InfoCommand(clock), "db", "user");
        cli.register("holidays", new HolidaysCommand(), "year");
        cli.register("timetable", new TimetableCommand(clock), "db", "user", "class", "week");
        cli.register("lessons", new LessonsCommand(clock), "db", "user", "teacher", "date");
        cli.register("print", new PrintCommand(clock), "db", "user", "class", "month", "semester", "year", "out",
                "combined", "school-year");
        cli.register("checks", new ChecksCommand(clock), "db", "user", "month", "teacher", "pdf");
        cli.register("gradebook", new GradebookCommand(clock), "db", "user", "journal", "month");
        cli.register("import-students", new ImportStudentsCommand(clock), "db", "user", "dry-run", "valid-only",
                "mapping", "from", "order", "order-date");
        cli.register("export-final-grades", new FinalGradesCommand(clock), "db", "user", "form", "out",
                "allow-missing");
        cli.register("stats", new StatsCommand(clock), "db", "user", "by", "class", "subject", "month", "semester",
                "out");
        cli.register("archive", new ArchiveCommand(clock), "db", "user", "year", "out", "verify");
        new SyncCommands(clock).registerAll(cli);
        new YearCommands(clock).registerAll(cli);
        new AbsenceCommands(clock).registerAll(cli);
        // The administrator's school setup; each word's sub-words check their own options.
        new SchoolCommands(clock).registerAll(cli);
        new MasterDataCommands(clock).registerAll(cli);
        new GroupCommands(clock).registerAll(cli);
        new JournalCommands(clock).registerAll(cli);
        new SettingsCommands(clock).registerAll(cli);
        new MessageCommands(clock).registerAll(cli);
    }
}
