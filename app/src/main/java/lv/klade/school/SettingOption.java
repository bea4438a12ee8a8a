package lv.klade.school;

/**
 * A value a setting may take besides what is typed ({@link SettingForm#NUMBER}), or a flag a code
 * may carry ({@link SettingForm#CODES}): the value as stored and the key of its name.
 */
public record SettingOption(String value, String labelKey) {
}
