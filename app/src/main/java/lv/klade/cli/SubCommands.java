package lv.klade.cli;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import lv.klade.i18n.Messages;

/**
 * A command word whose first plain word picks what it does, such as {@code klade class add}: each
 * sub-word takes its own options besides {@code --db} and {@code --user}, and any other is misuse.
 */
final class SubCommands implements Command {
    /** Options every sub-word takes: they open the journal. */
    private static final List<String> JOURNAL = List.of("db", "user");

    /** {@code words}: whether it reads plain words after the sub-word, such as a setting's key and value. */
    private record Sub(Command command, Set<String> takes, boolean words) {
    }

    private final String word;
    private final Map<String, Sub> subs = new LinkedHashMap<>();

    SubCommands(String word) {
        this.word = word;
    }

    /** A sub-word that takes these options and no plain words after it. */
    SubCommands add(String sub, Command command, String... takes) {
        return add(sub, command, false, takes);
    }

    /** A sub-word that reads the plain words after it itself. */
    SubCommands addTakingWords(String sub, Command command, String... takes) {
        return add(sub, command, true, takes);
    }

    private SubCommands add(String sub, Command command, boolean words, String... takes) {
        Set<String> options = new TreeSet<>(JOURNAL);
        options.addAll(List.of(takes));
        subs.put(sub, new Sub(command, Set.copyOf(options), words));
        return this;
    }

    /** Registers the word with every option one of its sub-words takes; {@link #run} checks them per sub-word. */
    void registerOn(Cli cli) {
        cli.register(word, this, subs.values().stream().flatMap(s -> s.takes().stream()).distinct()
                .toArray(String[]::new));
    }

    @Override
    public int run(Args args, Messages messages, PrintStream out) {
        List<String> plain = args.plain();
        Sub sub = plain.isEmpty() ? null : subs.get(plain.getFirst());
        if (sub == null) {
            throw new Misuse("cli.subUsage", word, String.join("|", subs.keySet()));
        }
        for (String given : args.names()) {
            if (!given.equals("lang") && !sub.takes().contains(given)) {
                throw new Misuse("cli.unknownOption", "--" + given, word + " " + plain.getFirst());
            }
        }
        if (!sub.words() && plain.size() > 1) {
            throw new Misuse("cli.extraWord", word + " " + plain.getFirst(), plain.get(1));
        }
        return sub.command().run(args, messages, out);
    }
}
