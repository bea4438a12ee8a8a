package lv.klade.checks.ui;

import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import lv.klade.checks.CheckFilter;
import lv.klade.checks.CheckLine;
import lv.klade.checks.CheckTexts;
import lv.klade.checks.ChecksService;
import lv.klade.people.StaffMember;
import lv.klade.ui.Background;

/**
 * The checks of the current year, all or one month's; opening a line hands its journal to
 * {@code openJournal} (the shell shows the grade book there). A line of a class has no journal to open.
 */
public final class ChecksViewModel {
    /** One line as the table shows it. */
    public record Row(CheckLine line, String day, String kind, String names, String detail) {
    }

    private final ChecksService checks;
    private final StaffMember viewer;
    private final Background background;
    private final Consumer<UUID> openJournal;
    private final ObservableList<YearMonth> months = FXCollections.observableArrayList();
    private final ObjectProperty<YearMonth> month = new SimpleObjectProperty<>();
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");

    public ChecksViewModel(ChecksService checks, StaffMember viewer, Background background, Consumer<UUID> openJournal) {
        this.checks = checks;
        this.viewer = viewer;
        this.background = background;
        this.openJournal = openJournal;
        month.addListener((o, old, chosen) -> refresh());
    }

    /** Reads the year's months and the year's findings so far. */
    public void load() {
        background.run(checks::months, found -> {
            months.setAll(found);
            refresh();
        });
    }

    private void refresh() {
        YearMonth chosen = month.get();
        var text = background.messages();
        background.run(() -> checks.run(viewer, new CheckFilter(chosen, null, null)), lines -> {
            List<Row> shown = lines.stream().map(l -> new Row(l, lv.klade.i18n.Messages.date(l.date()),
                    text.get(l.kind().messageKey()), l.names(), CheckTexts.detail(l, text))).toList();
            rows.setAll(shown);
            summary.set(shown.isEmpty() ? text.get("checks.none") : text.get("checks.count", shown.size()));
        });
    }

    /** Opens the journal the row names; a class's line has none. */
    public void open(Row row) {
        if (row != null && row.line().journalId() != null) {
            openJournal.accept(row.line().journalId());
        }
    }

    public ObservableList<YearMonth> months() {
        return months;
    }

    /** The month shown; null: the year so far. */
    public ObjectProperty<YearMonth> monthProperty() {
        return month;
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }
}
