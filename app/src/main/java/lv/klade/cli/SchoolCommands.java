package lv.klade.cli;

import java.io.PrintStream;
import java.time.Clock;
import java.util.List;
import java.util.function.Function;
import lv.klade.i18n.Messages;
import lv.klade.school.ClassRepository;
import lv.klade.school.Endable;

/**
 * {@code klade school show}: the current year's structure as the window's "School structure" lists
 * it: programmes, subjects, classes, groups and journals, one a line, ended ones marked with their day.
 */
final class SchoolCommands {
    private final Clock clock;

    SchoolCommands(Clock clock) {
        this.clock = clock;
    }

    void registerAll(Cli cli) {
        new SubCommands("school").add("show", this::show).registerOn(cli);
    }

    int show(Args args, Messages messages, PrintStream out) {
        return SchoolSession.run(args, clock, messages, out, s -> {
            SchoolTexts texts = s.texts();
            ClassRepository repository = s.services().classRepository();
            s.print("masterData.title", s.services().yearName());
            section(s, texts, "masterData.programmes", repository.programmes(), texts::programme);
            section(s, texts, "masterData.subjects", repository.subjects(), texts::subject);
            section(s, texts, "masterData.classes", repository.classes(s.yearId()), texts::schoolClass);
            section(s, texts, "masterData.groups", repository.groups(s.yearId()),
                    g -> texts.group(g, repository.groupMembers(g.id()).size()));
            section(s, texts, "masterData.journals", repository.journals(s.yearId()), texts::journal);
        });
    }

    private static <T extends Endable> void section(SchoolSession s, SchoolTexts texts, String heading, List<T> items,
                                                    Function<T, String> line) {
        s.print("masterDataCli.heading", s.messages().get(heading), items.size());
        items.forEach(item -> s.out().println("  " + line.apply(item) + texts.ends(item)));
    }
}
