package lv.klade.i18n;

import java.util.List;

/** Something wrong with the user's input or the journal, named by a message key and its arguments. */
public record Problem(String key, List<Object> args) {

    public Problem {
        args = List.copyOf(args);
    }

    public static Problem of(String key, Object... args) {
        return new Problem(key, List.of(args));
    }

    /** The problem in the given language. */
    public String text(Messages messages) {
        return messages.get(key, args.toArray());
    }
}
