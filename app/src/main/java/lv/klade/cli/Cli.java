package lv.klade.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import lv.klade.i18n.Messages;
import lv.klade.i18n.UserError;

/** Klade's headless commands ({@code klade demo|info|holidays|enrol|revoke|join|export|import|sync-status …}). */
public final class Cli {
    private static final Logger LOG = Logger.getLogger(Cli.class.getName());

    /** Options every command takes. */
    private static final Set<String> COMMON = Set.of("lang");
    private static final Set<String> LANGUAGES = Set.of("lv", "en");

    private final Map<String, Command> commands = new LinkedHashMap<>();
    private final Map<String, Set<String>> options = new HashMap<>();
    private final PrintStream out;
    private final PrintStream err;
    private final Terminal terminal;

    Cli(PrintStream out, PrintStream err, Terminal terminal) {
        this.out = out;
        this.err = err;
        this.terminal = terminal;
    }

    Cli(PrintStream out, PrintStream err) {
        this(out, err, Terminal.standard(System::getenv, err));
    }

    /** The CLI with every command, printing UTF-8 to the process's standard streams. */
    public static Cli standard() {
        Cli cli = new Cli(new PrintStream(System.out, true, StandardCharsets.UTF_8),
                new PrintStream(System.err, true, StandardCharsets.UTF_8));
        Commands.registerAll(cli);
        return cli;
    }

    /** A command word and the options it takes (besides {@code --lang}); any other option is misuse. */
    void register(String word, Command command, String... takes) {
        commands.put(word, command);
        options.put(word, Set.of(takes));
    }

    /** Runs one command line; returns the exit code: 0 done, 1 refused or failed, 2 misused. */
    public int run(String... words) {
        Args args = new Args(Arrays.asList(words).subList(Math.min(1, words.length), words.length), terminal);
        Optional<String> language = args.option("lang");
        Messages messages = Messages.forLanguage(language.orElse(System.getenv("KLADE_LANG")));
        Command command = words.length == 0 ? null : commands.get(words[0]);
        if (command == null) {
            err.println(messages.get("cli.usage", String.join("|", commands.keySet())));
            return 2;
        }
        try {
            if (language.isPresent() && !LANGUAGES.contains(language.get())) {
                throw new Misuse("cli.unknownLanguage", language.get(), String.join(", ", LANGUAGES));
            }
            if (args.flag("lang") && language.isEmpty()) {
                throw new Misuse("cli.missingValue", "--lang");
            }
            for (String given : args.names()) {
                if (!COMMON.contains(given) && !options.get(words[0]).contains(given)) {
                    throw new Misuse("cli.unknownOption", "--" + given, words[0]);
                }
            }
            return command.run(args, messages, out);
        } catch (Misuse e) {
            err.println(messages.text(e.problem()));
            return 2;
        } catch (UserError e) {
            err.println(messages.text(e.problem()));
            return 1;
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Command " + words[0] + " failed", e);
            err.println(messages.get("cli.failed", e.getMessage()));
            return 1;
        }
    }
}
