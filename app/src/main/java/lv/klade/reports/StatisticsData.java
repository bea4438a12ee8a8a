package lv.klade.reports;

import java.time.LocalDate;
import java.util.List;

/**
 * Statistics to print: a title line naming the grouping and filters, a note on how figures are
 * counted, grade rows (points average, the 1–10 distribution drawn as bars, counts on other scales),
 * absence rows and, when a student is chosen, their year.
 */
public record StatisticsData(Heading heading, LocalDate from, LocalDate to, String subtitle, String gradesNote,
                             List<GradeRow> grades, List<AbsenceRow> absences, Pupil pupil) {

    public StatisticsData {
        grades = List.copyOf(grades);
        absences = List.copyOf(absences);
    }

    /**
     * One group: {@code average} as printed (blank without points), the count of each point 1–10,
     * of each level S/T/A/P, of i and ni, and of percent grades.
     */
    public record GradeRow(String label, String average, List<Integer> points, List<Integer> levels,
                           List<Integer> passFail, int percent) {
        public GradeRow {
            points = List.copyOf(points);
            levels = List.copyOf(levels);
            passFail = List.copyOf(passFail);
        }
    }

    /** One group's lessons due and missed; percentages as printed ("36,4"). */
    public record AbsenceRow(String label, int lessons, int justified, int unjustified, String missedPercent,
                             String unjustifiedPercent) {
    }

    /** A student's year: per subject the points with their dates as printed, and per month lessons missed. */
    public record Pupil(String name, List<SubjectPoints> subjects, List<MonthMissed> months) {
        public Pupil {
            subjects = List.copyOf(subjects);
            months = List.copyOf(months);
        }
    }

    public record SubjectPoints(String subject, String average, List<String> points) {
        public SubjectPoints {
            points = List.copyOf(points);
        }
    }

    public record MonthMissed(String month, int justified, int unjustified) {
    }
}
