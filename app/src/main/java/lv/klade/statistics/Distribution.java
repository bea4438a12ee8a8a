package lv.klade.statistics;

import java.util.List;
import lv.klade.grades.Scale;

/**
 * How many grades of one scale fell on each of its marks: 1–10 for points, S/T/A/P for levels,
 * i/ni, and percentages in tens (0–9 … 90–100). Scales are never mixed.
 */
public record Distribution(Scale scale, List<String> marks, List<Integer> counts) {
    public Distribution {
        marks = List.copyOf(marks);
        counts = List.copyOf(counts);
        if (marks.size() != counts.size()) {
            throw new IllegalArgumentException("A count for every mark");
        }
    }

    /** The marks that have grades with their counts, such as "S: 1 · A: 2"; {@code mark} formats one pair. */
    public String summary(java.util.function.BiFunction<String, Integer, String> mark, String between) {
        java.util.List<String> shown = new java.util.ArrayList<>();
        for (int i = 0; i < marks.size(); i++) {
            if (counts.get(i) > 0) {
                shown.add(mark.apply(marks.get(i), counts.get(i)));
            }
        }
        return String.join(between, shown);
    }

    public int total() {
        return counts.stream().mapToInt(Integer::intValue).sum();
    }
}
