package lv.klade.reports;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Grade statistics of a class per subject for a period: the average (already formatted, e.g.
 * "6,8") and how many grades of 1 to 10 were given.
 */
public record GradeStatisticsData(Heading heading, LocalDate from, LocalDate to, List<Row> rows) {

    public GradeStatisticsData {
        Objects.requireNonNull(heading, "heading");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        rows = List.copyOf(rows);
    }

    /** One subject: its teacher, average and the count of each grade 1..10 ({@code counts.get(0)} is grade 1). */
    public record Row(String subject, String teacher, String average, List<Integer> counts) {
        public Row {
            Objects.requireNonNull(subject, "subject");
            teacher = Objects.requireNonNullElse(teacher, "");
            average = Objects.requireNonNullElse(average, "");
            counts = List.copyOf(counts);
            if (counts.size() != 10) {
                throw new IllegalArgumentException(subject + ": expected counts of grades 1..10, got " + counts.size());
            }
        }

        int total() {
            return counts.stream().mapToInt(Integer::intValue).sum();
        }
    }
}
