package lv.klade.grades;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import lv.klade.school.SchoolSetting;
import lv.klade.school.SettingForm;
import lv.klade.school.SettingOption;
import lv.klade.school.SettingRules;

/**
 * The grading settings the administrator changes in the window, with their seed defaults and the
 * values they allow: each kind's deadline, the semester grades' days before the end, the transcript
 * day, and the weights of the kinds of work. {@link GradeSettings#from} reads them by the same bounds.
 */
public final class GradeSettingRules {
    /** The seeds' longest deadline is 10 working days; 30 leaves room and catches a typo such as 70. */
    static final int MAX_WORKING_DAYS = 30;
    static final int MAX_DAYS_BEFORE_PERIOD_END = 20;
    static final int MAX_WEIGHT = 10;
    /** A day every month has. */
    static final int LAST_TRANSCRIPT_DAY = 28;
    static final String DEADLINES = "settings.group.deadlines";
    static final String WEIGHTS = "settings.group.weights";
    private static final List<GradeKind> WORK = List.of(GradeKind.FORMATIVE, GradeKind.HOMEWORK,
            GradeKind.SUMMATIVE, GradeKind.TEST, GradeKind.COMBINED);
    private static final List<GradeKind> DUE_IN_DAYS = List.of(GradeKind.FORMATIVE, GradeKind.HOMEWORK,
            GradeKind.SUMMATIVE, GradeKind.TEST, GradeKind.COMBINED, GradeKind.EXAM, GradeKind.RE_EXAMINATION);

    private GradeSettingRules() {
    }

    /** The deadlines (in the deadlines group), then the weights. */
    public static List<SchoolSetting> all() {
        List<SchoolSetting> settings = new ArrayList<>();
        SettingOption nextLesson = new SettingOption(GradeSettings.NEXT_LESSON, "settings.grades.nextLesson");
        for (GradeKind kind : DUE_IN_DAYS) {
            Optional<SettingOption> option = GradeSettings.mayBeDueByNextLesson(kind) ? Optional.of(nextLesson)
                    : Optional.empty();
            settings.add(new SchoolSetting(GradeSettings.DEADLINE + kind.name(), DEADLINES, kind.messageKey(),
                    "settings.grades.workingDays", String.valueOf(GradeSettings.defaultDays(kind).orElseThrow()),
                    SettingForm.NUMBER, option.stream().toList(), SettingRules.number(1, MAX_WORKING_DAYS, option)));
        }
        settings.add(number(GradeSettings.DAYS_BEFORE_PERIOD_END, DEADLINES, "settings.grades.periodGrades",
                "settings.grades.daysBeforeEnd", GradeSettings.DEFAULT_DAYS_BEFORE_PERIOD_END, 0,
                MAX_DAYS_BEFORE_PERIOD_END));
        settings.add(number(GradeSettings.TRANSCRIPT_DAY, DEADLINES, "settings.grades.transcripts",
                "settings.grades.dayOfMonth", GradeSettings.DEFAULT_TRANSCRIPT_DAY, 1, LAST_TRANSCRIPT_DAY));
        for (GradeKind kind : WORK) {
            settings.add(number(GradeSettings.WEIGHT + kind.name(), WEIGHTS, kind.messageKey(), "",
                    GradeSettings.defaultWeight(kind), 0, MAX_WEIGHT));
        }
        return settings;
    }

    private static SchoolSetting number(String key, String group, String label, String unit, int defaultValue,
                                        int min, int max) {
        return new SchoolSetting(key, group, label, unit, String.valueOf(defaultValue), SettingForm.NUMBER,
                List.of(), SettingRules.number(min, max));
    }
}
