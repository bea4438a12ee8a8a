package lv.klade.grades.ui;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import lv.klade.grades.BookColumn;
import lv.klade.school.SchoolYear;

/**
 * The grade book's work columns: the journal's own, and the empty ones the teacher added, which
 * live here until their first grade makes them the journal's.
 */
final class BookColumns {
    /** By date, then kind, as the grade book orders them. */
    static final Comparator<BookColumn> ORDER = Comparator.comparing(BookColumn::date)
            .thenComparing(BookColumn::kind).thenComparing(c -> String.valueOf(c.testId()))
            .thenComparing(c -> String.valueOf(c.lessonId()));

    private final List<BookColumn> added = new ArrayList<>();

    void add(BookColumn column) {
        added.add(column);
    }

    void forget() {
        added.clear();
    }

    /** The journal's columns with the added ones that fall in the month shown (null: the whole year). */
    List<BookColumn> withBook(List<BookColumn> book, YearMonth month) {
        added.removeIf(book::contains);
        return merged(book, month);
    }

    /** The columns shown now with the added ones that fall in the month shown. */
    List<BookColumn> merged(List<BookColumn> shown, YearMonth month) {
        TreeSet<BookColumn> merged = new TreeSet<>(ORDER);
        merged.addAll(shown);
        added.stream().filter(c -> month == null || YearMonth.from(c.date()).equals(month)).forEach(merged::add);
        return List.copyOf(merged);
    }

    /** The months of a school year, for the month filter. */
    static List<YearMonth> months(SchoolYear year) {
        List<YearMonth> list = new ArrayList<>();
        for (YearMonth m = YearMonth.from(year.starts()); !m.isAfter(YearMonth.from(year.ends())); m = m.plusMonths(1)) {
            list.add(m);
        }
        return list;
    }
}
