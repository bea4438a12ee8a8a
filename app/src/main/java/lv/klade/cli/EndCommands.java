package lv.klade.cli;

import java.io.PrintStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import java.util.function.BiConsumer;
import lv.klade.i18n.Messages;
import lv.klade.school.MasterItem;

/**
 * {@code klade WORD end --WORD NAME --date YYYY-MM-DD}, {@code WORD reopen --WORD NAME} and
 * {@code WORD delete --WORD NAME}, alike for programmes, subjects, classes, groups and journals:
 * an item is ended from a day (the first day it is no longer used), taken back into use, or deleted
 * while nothing refers to it, as the window's "End from date" and "Delete" do.
 */
final class EndCommands {
    /** An item found by what the command line names it: its key and its name for the messages. */
    record Found(UUID id, String name) {
    }

    /** Finds the item the option names, ended or not. */
    interface Finder {
        Found find(SchoolNames names, String typed);
    }

    private final String option;
    private final MasterItem item;
    private final Clock clock;
    private final Finder finder;

    private EndCommands(String option, MasterItem item, Clock clock, Finder finder) {
        this.option = option;
        this.item = item;
        this.clock = clock;
        this.finder = finder;
    }

    /** Adds end, reopen and delete to {@code word}, whose items are named by the option of the same name. */
    static void addTo(SubCommands word, String option, MasterItem item, Clock clock, Finder finder) {
        EndCommands commands = new EndCommands(option, item, clock, finder);
        word.add("end", (args, messages, out) -> {
            LocalDate from = args.requiredDate("date");
            return commands.onFound(args, messages, out, (s, found) -> {
                s.classes().end(s.actor(), item, found.id(), from);
                s.print("masterDataCli.endsFrom", commands.label(s, found), from, option);
            });
        }, option, "date");
        word.add("reopen", (args, messages, out) -> commands.onFound(args, messages, out, (s, found) -> {
            s.classes().end(s.actor(), item, found.id(), null);
            s.print("masterDataCli.reopened", commands.label(s, found));
        }), option);
        word.add("delete", (args, messages, out) -> commands.onFound(args, messages, out, (s, found) -> {
            s.classes().delete(s.actor(), item, found.id());
            s.print("masterDataCli.deleted", commands.label(s, found));
        }), option);
    }

    private int onFound(Args args, Messages messages, PrintStream out, BiConsumer<SchoolSession, Found> work) {
        String typed = args.required(option);
        return SchoolSession.run(args, clock, messages, out, s -> work.accept(s, finder.find(s.names(), typed)));
    }

    private String label(SchoolSession s, Found found) {
        return s.messages().get("masterDataCli.item." + item, found.name());
    }
}
