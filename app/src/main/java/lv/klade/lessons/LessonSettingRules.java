package lv.klade.lessons;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import lv.klade.school.CheckedSetting;
import lv.klade.school.CodeList;
import lv.klade.school.SchoolSetting;
import lv.klade.school.SettingForm;
import lv.klade.school.SettingOption;
import lv.klade.school.SettingRules;

/**
 * The lessons' settings the administrator changes in the window: the time of day lesson entries are
 * due (in the deadlines group), the attendance codes and the semester's unjustified-lesson limit.
 */
public final class LessonSettingRules {
    /** A mark's code is stored in ten characters; letters and digits keep the setting's ":", ";" and "," free. */
    private static final Pattern CODE = Pattern.compile("[\\p{L}\\p{N}]{1,10}");
    private static final int MAX_LIMIT = 500;
    private static final List<String> FLAGS = List.of(AttendanceCodes.ABSENCE, AttendanceCodes.JUSTIFIED);

    private LessonSettingRules() {
    }

    public static List<SchoolSetting> all() {
        return List.of(
                new SchoolSetting(LessonState.DEADLINE_SETTING, "settings.group.deadlines", "settings.lessons.entryTime",
                        "settings.lessons.timeUnit", LessonState.DEFAULT_DEADLINE.toString(), SettingForm.TIME, List.of(),
                        SettingRules.timeOfDay()),
                new SchoolSetting(AttendanceCodes.SETTING, "settings.group.attendance", "settings.lessons.codes", "",
                        AttendanceCodes.DEFAULT, SettingForm.CODES,
                        List.of(new SettingOption(AttendanceCodes.ABSENCE, "settings.lessons.flag.absence"),
                                new SettingOption(AttendanceCodes.JUSTIFIED, "settings.lessons.flag.justified")),
                        LessonSettingRules::codes),
                new SchoolSetting(AbsenceService.LIMIT_SETTING, "settings.group.attendance", "settings.lessons.limit",
                        "settings.lessons.limitUnit", String.valueOf(AbsenceService.DEFAULT_LIMIT), SettingForm.NUMBER,
                        List.of(), SettingRules.number(1, MAX_LIMIT)));
    }

    /** At least one absence code; each code letters and digits, none twice, justified only if an absence. */
    static CheckedSetting codes(String value) {
        List<CodeList.Code> codes = CodeList.parse(value).codes();
        Set<String> seen = new HashSet<>();
        List<CodeList.Code> checked = new ArrayList<>();
        for (CodeList.Code c : codes) {
            if (!CODE.matcher(c.code()).matches()) {
                return CheckedSetting.invalid("settings.codes.invalid", c.code());
            }
            if (!seen.add(c.code().toLowerCase(Locale.ROOT))) {
                return CheckedSetting.invalid("settings.codes.duplicate", c.code());
            }
            List<String> unknown = c.flags().stream().filter(f -> !FLAGS.contains(f)).toList();
            if (!unknown.isEmpty()) {
                return CheckedSetting.invalid("settings.codes.flagUnknown", c.code(), unknown.getFirst());
            }
            if (c.has(AttendanceCodes.JUSTIFIED) && !c.has(AttendanceCodes.ABSENCE)) {
                return CheckedSetting.invalid("settings.codes.justifiedNotAbsence", c.code());
            }
            checked.add(new CodeList.Code(c.code(), FLAGS.stream().filter(c::has).toList()));
        }
        if (checked.stream().noneMatch(c -> c.has(AttendanceCodes.ABSENCE))) {
            return CheckedSetting.invalid("settings.codes.noAbsence");
        }
        return CheckedSetting.valid(new CodeList(checked).format());
    }
}
