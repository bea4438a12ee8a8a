package lv.klade.grades;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import lv.klade.i18n.Problem;

/**
 * Reads what a teacher types into a grade book column: "8", "S", "i", "ni", "85%", "nv", "atb",
 * in any case and with spaces around. nv and atb fit every column. On a percent column a bare
 * number is read as a percentage, so "85" and "85%" mean the same there.
 */
public final class GradeParser {
    private static final Pattern NUMBER = Pattern.compile("(\\d+)\\s*(%?)");
    private static final Map<String, Grade> STORED = new ConcurrentHashMap<>();
    private static final int MAX_DIGITS = 3;

    private GradeParser() {
    }

    /** The grade the text stands for on a column of the given scale, or the problem with it. */
    public static ParseResult parse(String typed, Scale column) {
        String text = typed == null ? "" : typed.strip();
        if (text.isEmpty()) {
            return invalid("grades.parse.empty");
        }
        ParseResult read = read(text, text.toLowerCase(Locale.ROOT), column);
        if (read instanceof ParseResult.Valid(Grade grade)
                && grade.scale().isPresent() && grade.scale().get() != column) {
            return invalid("grades.parse.wrongScale." + column.name(), text);
        }
        return read;
    }

    private static ParseResult read(String text, String lower, Scale column) {
        switch (lower) {
            case "nv":
                return valid(new Grade.NoGrade());
            case "atb":
                return valid(new Grade.Exempt());
            case "i":
                return valid(new Grade.PassFail(true));
            case "ni":
                return valid(new Grade.PassFail(false));
            case "s", "t", "a", "p":
                return valid(new Grade.Level(LearningLevel.valueOf(lower.toUpperCase(Locale.ROOT))));
            default:
                Matcher number = NUMBER.matcher(lower);
                if (!number.matches()) {
                    return invalid("grades.parse.unknown", text);
                }
                boolean percent = !number.group(2).isEmpty() || column == Scale.PERCENT;
                return percent ? percent(text, number.group(1)) : points(text, number.group(1));
        }
    }

    private static ParseResult points(String text, String digits) {
        int value = digits.length() > MAX_DIGITS ? Integer.MAX_VALUE : Integer.parseInt(digits);
        if (value < 1 || value > 10) {
            return invalid("grades.parse.pointsRange", text);
        }
        return valid(new Grade.Points(value));
    }

    private static ParseResult percent(String text, String digits) {
        int value = digits.length() > MAX_DIGITS ? Integer.MAX_VALUE : Integer.parseInt(digits);
        if (value > 100) {
            return invalid("grades.parse.percentRange", text);
        }
        return valid(new Grade.Percent(value));
    }

    /** Reads a stored mark back; stored marks were valid when written, so a bad one is a bug. */
    public static Grade stored(String mark) {
        // A year of a class's grades holds a few dozen distinct marks: read each once.
        return STORED.computeIfAbsent(mark, GradeParser::readStored);
    }

    private static Grade readStored(String mark) {
        String lower = mark.toLowerCase(Locale.ROOT);
        Scale scale = lower.endsWith("%") ? Scale.PERCENT
                : lower.matches("\\d+") ? Scale.TEN_POINT
                : lower.matches("[stap]") ? Scale.LEVELS : Scale.PASS_FAIL;
        return switch (parse(mark, scale)) {
            case ParseResult.Valid(Grade grade) -> grade;
            case ParseResult.Invalid(Problem problem) ->
                    throw new IllegalStateException("Stored mark is not a grade: " + mark + " " + problem.key());
        };
    }

    private static ParseResult valid(Grade grade) {
        return new ParseResult.Valid(grade);
    }

    private static ParseResult invalid(String key, Object... args) {
        return new ParseResult.Invalid(Problem.of(key, args));
    }
}
