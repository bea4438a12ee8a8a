package lv.klade.school;

import java.util.List;
import java.util.function.Function;

/**
 * One setting the administrator may change in the window. The feature whose rules read it describes
 * it: its key, the keys of its group's and its own name and of its unit ("" for none), its default
 * (the seeds' number), how it is written, and the rule a new value must pass.
 */
public record SchoolSetting(String key, String groupKey, String labelKey, String unitKey, String defaultValue,
                            SettingForm form, List<SettingOption> options, Function<String, CheckedSetting> rule) {

    public SchoolSetting {
        options = List.copyOf(options);
    }

    /** The value checked by the setting's rule; a missing value is read as blank. */
    public CheckedSetting check(String value) {
        return rule.apply(value == null ? "" : value.strip());
    }
}
