package lv.klade.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lv.klade.i18n.UserError;

/** A command's words: {@code --name value} options, {@code --flag} switches and plain arguments. */
final class Args {
    private final Map<String, String> options = new HashMap<>();
    private final List<String> plain = new ArrayList<>();
    private final Terminal terminal;

    Args(List<String> words, Terminal terminal) {
        this.terminal = terminal;
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (word.startsWith("--")) {
                String name = word.substring(2);
                boolean hasValue = i + 1 < words.size() && !words.get(i + 1).startsWith("--");
                options.put(name, hasValue ? words.get(++i) : "");
            } else {
                plain.add(word);
            }
        }
    }

    Terminal terminal() {
        return terminal;
    }

    Optional<String> option(String name) {
        return Optional.ofNullable(options.get(name)).filter(v -> !v.isEmpty());
    }

    /** An option the command may do without; given with no value it is misuse (exit 2), not left out. */
    Optional<String> value(String name) {
        if (options.containsKey(name) && options.get(name).isEmpty()) {
            throw new Misuse("cli.missingValue", "--" + name);
        }
        return option(name);
    }

    /** An option the command cannot do without: its absence is misuse of the command line (exit 2). */
    String required(String name) {
        return option(name).orElseThrow(() -> new Misuse("cli.missingOption", "--" + name));
    }

    /** The names of every option given, without their dashes. */
    java.util.Set<String> names() {
        return java.util.Set.copyOf(options.keySet());
    }

    boolean flag(String name) {
        return options.containsKey(name);
    }

    Path db() {
        return Path.of(required("db"));
    }

    int integer(String name, int fallback) {
        Optional<String> text = option(name);
        if (text.isEmpty()) {
            return fallback;
        }
        try {
            return Integer.parseInt(text.get());
        } catch (NumberFormatException e) {
            throw UserError.of("cli.notANumber", "--" + name, text.get());
        }
    }

    /** The option as an ISO date (YYYY-MM-DD), or {@code fallback} when it is not given. */
    LocalDate date(String name, LocalDate fallback) {
        Optional<String> text = option(name);
        if (text.isEmpty()) {
            return fallback;
        }
        try {
            return LocalDate.parse(text.get().strip());
        } catch (DateTimeParseException e) {
            throw UserError.of("cli.notADate", "--" + name, text.get());
        }
    }

    /** A date the command cannot do without: missing it is misuse, a date that is not one is refused. */
    LocalDate requiredDate(String name) {
        required(name);
        return date(name, null);
    }

    /** A date the command may do without: null when it is not given, misuse when given with no value. */
    LocalDate optionalDate(String name) {
        value(name);
        return date(name, null);
    }

    List<String> plain() {
        return List.copyOf(plain);
    }
}
