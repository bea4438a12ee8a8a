package lv.klade.lessons;

import java.util.List;
import java.util.Optional;
import lv.klade.school.CodeList;

/**
 * The school's attendance codes, from setting {@value #SETTING}: codes separated by ";", each
 * {@code code:flags} with the flags "absence" and "justified" (comma separated). The default is
 * {@value #DEFAULT}: "n" absent, "ns" absent ill (justified by itself), "nk" late ("nokavēja").
 */
public record AttendanceCodes(List<AttendanceCode> codes) {
    public static final String SETTING = "attendance.codes";
    public static final String DEFAULT = "n:absence;ns:absence,justified;nk:";
    /** The flag of a code that counts as an absence. */
    public static final String ABSENCE = "absence";
    /** The flag of an absence justified by itself. */
    public static final String JUSTIFIED = "justified";

    public AttendanceCodes {
        codes = List.copyOf(codes);
    }

    /** The codes a setting value lists; a blank or unreadable value gives the defaults. */
    public static AttendanceCodes parse(String value) {
        List<CodeList.Code> listed = CodeList.parse(value).codes();
        if (listed.isEmpty()) {
            listed = CodeList.parse(DEFAULT).codes();
        }
        return new AttendanceCodes(listed.stream()
                .map(c -> new AttendanceCode(c.code(), c.has(ABSENCE), c.has(JUSTIFIED))).toList());
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
