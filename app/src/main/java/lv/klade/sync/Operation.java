package lv.klade.sync;

import java.util.Locale;
import java.util.Optional;

/** What a change did to its row, as the change log names it. */
public enum Operation {
    INSERT, UPDATE, DELETE;

    public String logName() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Optional<Operation> parse(String text) {
        for (Operation op : values()) {
            if (op.logName().equals(text)) {
                return Optional.of(op);
            }
        }
        return Optional.empty();
    }
}
