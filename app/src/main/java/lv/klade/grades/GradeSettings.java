package lv.klade.grades;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The grading rules a school may set, with Klade's defaults, all in one place. Each is a school
 * setting (key → value); a missing or unreadable value means the default.
 *
 * <table>
 * <caption>Settings and defaults</caption>
 * <tr><th>key</th><th>default</th><th>meaning</th></tr>
 * <tr><td>grades.scales</td><td>(none)</td><td>extra {@link ScaleRule}s separated by ";", consulted
 *     before the defaults: forms 1–3 FORMATIVE/HOMEWORK in S/T/A/P, i/ni or %; forms 4–12
 *     FORMATIVE/HOMEWORK in i/ni or %; forms 9–12 EXAM in 10 points or % (state exams give %);
 *     forms 1–3 otherwise S/T/A/P; forms 4–12 otherwise 10 points</td></tr>
 * <tr><td>grades.weight.KIND</td><td>TEST 3, COMBINED 3, SUMMATIVE 2, FORMATIVE 1, HOMEWORK 1,
 *     every period grade and EXAM 0</td><td>weight in the weighted average (0: does not count); period
 *     grades sum up the others, so counting them would count the same work twice</td></tr>
 * <tr><td>grades.average.passed / .notPassed</td><td>0 / 0</td><td>points an i / ni counts as; 0: not at all</td></tr>
 * <tr><td>grades.average.convertPercent</td><td>false</td><td>count % converted by {@link PercentTable}</td></tr>
 * <tr><td>grades.deadline.KIND</td><td>FORMATIVE 3, HOMEWORK 3, SUMMATIVE 7, TEST 7, COMBINED 7,
 *     EXAM 7, RE_EXAMINATION 7</td><td>working days after the work (seeds 002 and 004), or for
 *     FORMATIVE and HOMEWORK {@value #NEXT_LESSON}: by the journal's next lesson (seed 003)</td></tr>
 * <tr><td>grades.deadline.daysBeforePeriodEnd</td><td>3</td><td>semester and year grades: working
 *     days before the period's last day (seed 002)</td></tr>
 * <tr><td>grades.deadline.transcriptDay</td><td>5</td><td>monthly transcripts are due on this day of
 *     the next month (seeds 000–002; seed 004: the 3rd)</td></tr>
 * <tr><td>grades.ungradedSubjects</td><td>Klases stunda</td><td>subjects nobody gets period grades
 *     in, left out of promotion, report cards and the summary journal ({@link GradedSubjects})</td></tr>
 * <tr><td>grades.tests.perDay / perWeek</td><td>2 / 5</td><td>tests a class may have without
 *     confirming; the seeds set no number, so these follow common Latvian practice</td></tr>
 * </table>
 */
public record GradeSettings(List<ScaleRule> scaleRules, Weights weights, DeadlineRules deadlines,
                            TestLimits testLimits) {
    /** The key of a kind's deadline is this and the kind's name; so is its weight's with {@link #WEIGHT}. */
    public static final String DEADLINE = "grades.deadline.";
    public static final String WEIGHT = "grades.weight.";
    public static final String DAYS_BEFORE_PERIOD_END = "grades.deadline.daysBeforePeriodEnd";
    public static final String TRANSCRIPT_DAY = "grades.deadline.transcriptDay";
    /** A deadline's value that makes its kind due by the journal's next lesson. */
    public static final String NEXT_LESSON = "nextLesson";
    static final int DEFAULT_DAYS_BEFORE_PERIOD_END = 3;
    /** Seeds 000, 001 and 002 give transcripts by the 5th, seed 004 by the 3rd. */
    static final int DEFAULT_TRANSCRIPT_DAY = 5;

    public GradeSettings {
        scaleRules = List.copyOf(scaleRules);
    }

    public static final List<ScaleRule> DEFAULT_SCALES = List.of(
            rule(1, 3, List.of(GradeKind.FORMATIVE, GradeKind.HOMEWORK), Scale.LEVELS, Scale.PASS_FAIL, Scale.PERCENT),
            rule(4, 12, List.of(GradeKind.FORMATIVE, GradeKind.HOMEWORK), Scale.PASS_FAIL, Scale.PERCENT),
            rule(9, 12, List.of(GradeKind.EXAM), Scale.TEN_POINT, Scale.PERCENT),
            rule(1, 3, List.of(), Scale.LEVELS),
            rule(4, 12, List.of(), Scale.TEN_POINT));

    private static ScaleRule rule(int from, int to, List<GradeKind> kinds, Scale... scales) {
        return new ScaleRule(from, to, Set.copyOf(kinds), null, List.of(scales));
    }

    public static GradeSettings defaults() {
        return from(Map.of());
    }

    /**
     * The settings from the school's key → value pairs, with the defaults for what is not set or is
     * outside what {@link GradeSettingRules} allow.
     */
    public static GradeSettings from(Map<String, String> settings) {
        List<ScaleRule> rules = new ArrayList<>();
        Optional.ofNullable(settings.get("grades.scales")).ifPresent(text -> Arrays.stream(text.split(";"))
                .map(ScaleRule::parse).flatMap(Optional::stream).forEach(rules::add));
        rules.addAll(DEFAULT_SCALES);
        Map<GradeKind, Integer> weights = new EnumMap<>(GradeKind.class);
        Map<GradeKind, Integer> days = new EnumMap<>(GradeKind.class);
        Set<GradeKind> byNextLesson = EnumSet.noneOf(GradeKind.class);
        for (GradeKind kind : GradeKind.values()) {
            weights.put(kind, number(settings, WEIGHT + kind.name(), defaultWeight(kind), 0, GradeSettingRules.MAX_WEIGHT));
            String deadline = DEADLINE + kind.name();
            if (mayBeDueByNextLesson(kind) && NEXT_LESSON.equals(settings.getOrDefault(deadline, "").strip())) {
                byNextLesson.add(kind);
            } else {
                defaultDays(kind).ifPresent(d -> days.put(kind, number(settings, deadline, d, 1,
                        GradeSettingRules.MAX_WORKING_DAYS)));
            }
        }
        Weights w = new Weights(weights, number(settings, "grades.average.passed", 0, 0, 10),
                number(settings, "grades.average.notPassed", 0, 0, 10),
                Boolean.parseBoolean(settings.getOrDefault("grades.average.convertPercent", "false")));
        DeadlineRules deadlines = new DeadlineRules(days, byNextLesson,
                number(settings, DAYS_BEFORE_PERIOD_END, DEFAULT_DAYS_BEFORE_PERIOD_END, 0,
                        GradeSettingRules.MAX_DAYS_BEFORE_PERIOD_END),
                number(settings, TRANSCRIPT_DAY, DEFAULT_TRANSCRIPT_DAY, 1, GradeSettingRules.LAST_TRANSCRIPT_DAY));
        return new GradeSettings(rules, w, deadlines,
                new TestLimits(number(settings, "grades.tests.perDay", 2, 0, 100),
                        number(settings, "grades.tests.perWeek", 5, 0, 100)));
    }

    static int defaultWeight(GradeKind kind) {
        return switch (kind) {
            case TEST, COMBINED -> 3;
            case SUMMATIVE -> 2;
            case FORMATIVE, HOMEWORK -> 1;
            default -> 0;
        };
    }

    static Optional<Integer> defaultDays(GradeKind kind) {
        return switch (kind) {
            case FORMATIVE, HOMEWORK -> Optional.of(3);
            case SUMMATIVE, TEST, COMBINED, EXAM, RE_EXAMINATION -> Optional.of(7);
            default -> Optional.empty();
        };
    }

    /** Formative work and homework may be due by the next lesson (seed 003: i/ni and % by the next lesson). */
    static boolean mayBeDueByNextLesson(GradeKind kind) {
        return kind == GradeKind.FORMATIVE || kind == GradeKind.HOMEWORK;
    }

    private static int number(Map<String, String> settings, String key, int fallback, int min, int max) {
        try {
            int n = settings.containsKey(key) ? Integer.parseInt(settings.get(key).strip()) : fallback;
            return n >= min && n <= max ? n : fallback;
        } catch (NumberFormatException unreadable) {
            return fallback;
        }
    }

    /** The scales a kind of work may use in a form and subject; the first is the column's default. */
    public List<Scale> scales(int form, GradeKind kind, UUID subjectId) {
        return scaleRules.stream().filter(r -> r.applies(form, kind, subjectId)).findFirst()
                .map(ScaleRule::scales).orElse(List.of(Scale.TEN_POINT));
    }
}
