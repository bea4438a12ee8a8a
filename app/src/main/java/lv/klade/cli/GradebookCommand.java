package lv.klade.cli;

import java.io.PrintStream;
import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import lv.klade.grades.AverageResult;
import lv.klade.grades.BookColumn;
import lv.klade.grades.BookRow;
import lv.klade.grades.GradeBook;
import lv.klade.grades.GradeKind;
import lv.klade.grades.PeriodColumn;
import lv.klade.grades.StoredGrade;
import lv.klade.i18n.Messages;
import lv.klade.i18n.UserError;
import lv.klade.school.Journal;
import lv.klade.shell.Services;

/**
 * {@code klade gradebook --db PATH --journal "7.a Matemātika" [--month YYYY-MM]}: a journal's grade
 * book as a grid: two header lines (dates, kinds), one line per student with the weighted average
 * since the year's start and the period grades.
 */
final class GradebookCommand implements Command {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM");
    private static final String SEPARATOR = " | ";

    private final Clock clock;

    GradebookCommand(Clock clock) {
        this.clock = clock;
    }

    @Override
    public int run(Args args, Messages messages, PrintStream out) {
        String name = args.required("journal");
        Optional<YearMonth> month = month(args);
        try (Services services = Journals.open(args, clock, messages)) {
            Journal journal = services.classRepository().journals(services.year().id()).stream()
                    .filter(j -> j.name().equalsIgnoreCase(name.strip())).findFirst()
                    .orElseThrow(() -> UserError.of("gradebook.journalUnknown", name));
            GradeBook book = services.gradeBooks().gradeBook(journal.id(), month);
            out.println(month.map(m -> messages.get("gradebook.titleMonth", journal.name(), m.toString()))
                    .orElse(messages.get("gradebook.titleYear", journal.name(), services.yearName())));
            print(book, messages, out);
        }
        return 0;
    }

    private static Optional<YearMonth> month(Args args) {
        Optional<String> text = args.option("month");
        try {
            return text.map(t -> YearMonth.parse(t.strip()));
        } catch (DateTimeParseException e) {
            throw UserError.of("gradebook.badMonth", text.orElseThrow());
        }
    }

    private static void print(GradeBook book, Messages messages, PrintStream out) {
        List<String> dates = new ArrayList<>();
        List<String> kinds = new ArrayList<>();
        book.columns().forEach(c -> {
            dates.add(DAY.format(c.date()));
            kinds.add(kind(messages, c.kind()));
        });
        dates.add("");
        kinds.add(messages.get("gradebook.average"));
        book.periodColumns().forEach(p -> {
            dates.add(DAY.format(p.date()));
            kinds.add(kind(messages, p.kind()));
        });
        List<List<String>> lines = new ArrayList<>();
        for (int i = 0; i < book.rows().size(); i++) {
            BookRow row = book.rows().get(i);
            List<String> cells = new ArrayList<>();
            book.columns().forEach(c -> cells.add(cell(row, c)));
            cells.add(average(messages, row.sinceYearStart()));
            book.periodColumns().forEach(p -> cells.add(period(row, p)));
            String who = (i + 1) + ". " + row.student().lastName() + " " + row.student().firstName()
                    + (row.current() ? "" : " " + messages.get("gradebook.left"));
            lines.add(withName(who, cells));
        }
        int nameWidth = lines.stream().mapToInt(l -> l.getFirst().length()).max().orElse(0);
        int[] widths = new int[dates.size()];
        for (int c = 0; c < widths.length; c++) {
            int column = c;
            widths[c] = Math.max(Math.max(dates.get(c).length(), kinds.get(c).length()),
                    lines.stream().mapToInt(l -> l.get(column + 1).length()).max().orElse(0));
        }
        out.println(line(withName(messages.get("gradebook.student"), dates), nameWidth, widths));
        out.println(line(withName("", kinds), nameWidth, widths));
        lines.forEach(l -> out.println(line(l, nameWidth, widths)));
    }

    private static List<String> withName(String name, List<String> cells) {
        List<String> line = new ArrayList<>(cells.size() + 1);
        line.add(name);
        line.addAll(cells);
        return line;
    }

    private static String line(List<String> cells, int nameWidth, int[] widths) {
        StringBuilder text = new StringBuilder(pad(cells.getFirst(), nameWidth));
        for (int c = 1; c < cells.size(); c++) {
            text.append(SEPARATOR).append(pad(cells.get(c), widths[c - 1]));
        }
        return text.toString().stripTrailing();
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(Math.max(0, width - text.length()));
    }

    private static String kind(Messages messages, GradeKind kind) {
        return messages.get("gradebook.kind." + kind.name());
    }

    private static String cell(BookRow row, BookColumn column) {
        return row.cells().getOrDefault(column, List.of()).stream().map(g -> g.grade().typed())
                .collect(Collectors.joining("/"));
    }

    private static String period(BookRow row, PeriodColumn column) {
        StoredGrade grade = row.periods().get(column);
        return grade == null ? "" : grade.grade().typed();
    }

    /** The average as the bundle shows decimals ("7,25" in Latvian), "atb" or "-". */
    static String average(Messages messages, AverageResult average) {
        return switch (average) {
            case AverageResult.Average a -> messages.get("gradebook.averageValue", a.value());
            case AverageResult.Exempt e -> messages.get("gradebook.exempt");
            case AverageResult.None n -> "-";
        };
    }
}
