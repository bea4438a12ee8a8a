package lv.klade.grades.ui;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import lv.klade.grades.AverageResult;
import lv.klade.grades.BookColumn;
import lv.klade.grades.GradeChange;
import lv.klade.grades.GradeKind;
import lv.klade.grades.PeriodColumn;
import lv.klade.i18n.Messages;

/** How the grades views put grades, averages, columns and history into words. */
final class GradeTexts {
    private final Messages text;

    GradeTexts(Messages text) {
        this.text = text;
    }

    Messages messages() {
        return text;
    }

    /** "7,75", "atb", or blank when nothing counts yet. */
    String average(AverageResult result) {
        return switch (result) {
            case AverageResult.Average a -> number(a);
            case AverageResult.Exempt e -> "atb";
            case AverageResult.None n -> "";
        };
    }

    private String number(AverageResult.Average a) {
        NumberFormat format = NumberFormat.getNumberInstance(text.locale());
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return format.format(a.value());
    }

    /** A work column's heading: "13.10." over the kind's short name. */
    String columnHead(BookColumn column) {
        return column.date().getDayOfMonth() + "." + column.date().getMonthValue() + "."
                + "\n" + text.get("gradesView.kindShort." + column.kind().name());
    }

    /** A period column's heading: "1. sem.", "Gads", "Atest. 10." … */
    String periodHead(PeriodColumn column, int semester) {
        return switch (column.kind()) {
            case SEMESTER -> text.get("gradesView.period.semester", semester);
            case MONTHLY_ATTESTATION -> text.get("gradesView.period.month", column.date().getMonthValue());
            default -> text.get("gradesView.kindShort." + column.kind().name());
        };
    }

    String kind(GradeKind kind) {
        return text.get(kind.messageKey());
    }

    /** The grades that count, their weights and the formula; or why there is no average. */
    String explanation(String student, AverageResult result) {
        String heading = text.get("gradesView.average.heading", student);
        return switch (result) {
            case AverageResult.Average a -> heading + "\n" + a.terms().stream().map(this::term)
                    .collect(Collectors.joining("\n")) + "\n" + text.get("gradesView.average.formula",
                    text.text(a.formula()));
            case AverageResult.Exempt e -> heading + "\n" + text.get("gradesView.average.exempt");
            case AverageResult.None n -> heading + "\n" + text.get("gradesView.average.none");
        };
    }

    private String term(AverageResult.Term t) {
        return text.get("gradesView.average.term", t.source().date(), kind(t.source().kind()),
                t.source().grade().typed(), t.points(), t.weight());
    }

    /** One step of a grade's history: when, who, what. */
    List<String> history(List<GradeChange> changes, Map<UUID, String> staffNames) {
        return changes.stream().map(c -> text.get("gradesView.history." + c.operation(),
                Messages.date(LocalDate.ofInstant(c.at(), Messages.RIGA)) + " " + Messages.time(c.at()),
                c.by() == null ? text.get("gradesView.history.klade") : staffNames.getOrDefault(c.by(), "?"),
                c.mark().map(g -> g.typed()).orElse(""))).toList();
    }
}
