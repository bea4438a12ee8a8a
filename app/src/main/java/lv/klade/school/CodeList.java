package lv.klade.school;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A setting that lists codes, each with flags: written {@code code:flag,flag;code:} (the school's
 * attendance codes are one). Reading skips empty items, so a stray ";" does no harm.
 */
public record CodeList(List<Code> codes) {

    public CodeList {
        codes = List.copyOf(codes);
    }

    /** One code as the school writes it, and its flags in lower case. */
    public record Code(String code, List<String> flags) {
        public Code {
            flags = List.copyOf(flags);
        }

        public boolean has(String flag) {
            return flags.contains(flag);
        }
    }

    public static CodeList parse(String value) {
        List<Code> codes = new ArrayList<>();
        for (String item : (value == null ? "" : value).split(";")) {
            String[] parts = item.split(":", 2);
            String code = parts[0].strip();
            if (code.isEmpty()) {
                continue;
            }
            List<String> flags = parts.length < 2 ? List.of() : Arrays.stream(parts[1].split(","))
                    .map(f -> f.strip().toLowerCase(Locale.ROOT)).filter(f -> !f.isEmpty()).distinct().toList();
            codes.add(new Code(code, flags));
        }
        return new CodeList(codes);
    }

    /** The list as a setting's value. */
    public String format() {
        return String.join(";", codes.stream().map(c -> c.code() + ":" + String.join(",", c.flags())).toList());
    }
}
