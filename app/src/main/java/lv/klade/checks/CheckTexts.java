package lv.klade.checks;

import java.util.List;
import lv.klade.i18n.Messages;

/** A check line as the command line and the window show it: "05.10.2026 · 7.a Matemātika · Nokavēts … · 2. stunda". */
public final class CheckTexts {
    private CheckTexts() {
    }

    public static String line(CheckLine line, Messages messages) {
        return Messages.date(line.date()) + " · " + messages.get(line.kind().messageKey()) + " · " + line.names()
                + " · " + detail(line, messages);
    }

    /** The line's details; a grade kind comes as its name's key. */
    public static String detail(CheckLine line, Messages messages) {
        List<Object> details = line.details().stream()
                .map(d -> d instanceof String key && key.startsWith("grades.kind.") ? messages.get(key) : d).toList();
        return messages.get("checks.detail." + line.kind().name(), details.toArray());
    }
}
