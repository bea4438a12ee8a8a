package lv.klade.statistics;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * One student's year: per subject their 10-point grades in date order, the count of grades on
 * other scales, and the lessons missed each month.
 */
public record PupilDynamics(String student, String className, List<SubjectLine> subjects, List<MonthAbsences> months) {
    public PupilDynamics {
        subjects = List.copyOf(subjects);
        months = List.copyOf(months);
    }

    /** A 10-point grade on the day of the work. */
    public record Point(LocalDate date, int points) {
    }

    /** A subject's points over time; {@code otherScales} counts its level, i/ni and percent grades. */
    public record SubjectLine(String subject, List<Point> points, int otherScales) {
        public SubjectLine {
            points = List.copyOf(points);
        }
    }

    public record MonthAbsences(YearMonth month, int justified, int unjustified) {
    }
}
