package lv.klade.lessons.ui;

import java.util.LinkedHashMap;
import java.util.Map;
import lv.klade.i18n.Messages;
import lv.klade.lessons.AttendanceCode;
import lv.klade.lessons.AttendanceCodes;

/** The keys that mark attendance in the lesson form, one per school code. */
final class AttendanceKeys {
    private AttendanceKeys() {
    }

    /** One key per code: its last letter, or another of its letters when that is taken. */
    static Map<String, String> of(AttendanceCodes codes) {
        Map<String, String> keys = new LinkedHashMap<>();
        for (AttendanceCode code : codes.codes()) {
            String letters = code.code().toLowerCase(Messages.LATVIAN);
            for (int i = letters.length() - 1; i >= 0; i--) {
                String key = letters.substring(i, i + 1);
                if (Character.isLetterOrDigit(key.charAt(0)) && !keys.containsKey(key)) {
                    keys.put(key, code.code());
                    break;
                }
            }
        }
        return keys;
    }
}
