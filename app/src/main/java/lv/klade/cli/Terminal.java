package lv.klade.cli;

import java.io.Console;
import java.io.PrintStream;
import java.util.Optional;
import java.util.function.Function;

/** Where a command asks for a password and reports long work: the console, or what a test gives. */
interface Terminal {
    /** The password typed after {@code prompt}; empty when nobody can type one. */
    Optional<char[]> password(String prompt);

    /** One line about work that takes a while, on stderr so that stdout stays the command's output. */
    void progress(String line);

    /** {@code KLADE_PASSWORD} when it is set, else the console without echo; progress on {@code err}. */
    static Terminal standard(Function<String, String> environment, PrintStream err) {
        return new Terminal() {
            @Override
            public Optional<char[]> password(String prompt) {
                String given = environment.apply("KLADE_PASSWORD");
                if (given != null && !given.isEmpty()) {
                    return Optional.of(given.toCharArray());
                }
                Console console = System.console();
                return console == null ? Optional.empty() : Optional.ofNullable(console.readPassword("%s", prompt));
            }

            @Override
            public void progress(String line) {
                err.println(line);
            }
        };
    }
}
