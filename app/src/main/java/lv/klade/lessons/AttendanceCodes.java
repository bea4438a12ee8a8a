package lv.klade.lessons;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The school's attendance codes, from setting {@value #SETTING}: codes separated by ";", each
 * {@code code:flags} with the flags "absence" and "justified" (comma separated). The default is
 * {@value #DEFAULT}: "n" absent, "ns" absent ill (justified by itself), "nk" late ("nokavēja").
 */
public record AttendanceCodes(List<AttendanceCode> codes) {
    public static final String SETTING = "attendance.codes";
    public static final String DEFAULT = "n:absence;ns:absence,justified;nk:";

    public AttendanceCodes {
        codes = List.copyOf(codes);
    }

    /** The codes a setting value lists; a blank or unreadable value gives the defaults. */
    public static AttendanceCodes parse(String value) {
        List<AttendanceCode> codes = new ArrayList<>();
        String text = value == null || value.isBlank() ? DEFAULT : value;
        for (String item : text.split(";")) {
            String[] parts = item.split(":", 2);
            String code = parts[0].strip();
            if (code.isEmpty()) {
                continue;
            }
            Set<String> flags = parts.length < 2 ? Set.of()
                    : Set.of(parts[1].toLowerCase(Locale.ROOT).replace(" ", "").split(","));
            codes.add(new AttendanceCode(code, flags.contains("absence"), flags.contains("justified")));
        }
        return codes.isEmpty() && !text.equals(DEFAULT) ? parse(DEFAULT) : new AttendanceCodes(codes);
    }

    /** The code as written, matched without regard to case. */
    public Optional<AttendanceCode> find(String code) {
        return code == null ? Optional.empty()
                : codes.stream().filter(c -> c.code().equalsIgnoreCase(code.strip())).findFirst();
    }

    /** The codes that count as absences and need the tutor's justification. */
    public List<String> needingJustification() {
        return codes.stream().filter(c -> c.absence() && !c.justified()).map(AttendanceCode::code).toList();
    }

    /** The codes that count as absences. */
    public List<String> absences() {
        return codes.stream().filter(AttendanceCode::absence).map(AttendanceCode::code).toList();
    }
}
