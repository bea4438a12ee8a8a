package lv.klade.lessons.ui;

import java.time.format.TextStyle;
import java.util.function.Function;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import lv.klade.i18n.Messages;
import lv.klade.lessons.ClassWeek;
import lv.klade.ui.Tables;

/** The class diary: a class chooser, the week with previous and next, and the week's lessons day by day. */
public final class DiaryView {
    private final DiaryViewModel model;
    private final Messages text;

    public DiaryView(DiaryViewModel model, Messages text) {
        this.model = model;
        this.text = text;
    }

    public Node root() {
        Label title = new Label(text.get("diary.title"));
        title.getStyleClass().add("view-title");
        ComboBox<ClassOption> schoolClass = new ComboBox<>(model.classes());
        schoolClass.setId("diaryClass");
        schoolClass.setPromptText(text.get("diary.class"));
        schoolClass.valueProperty().bindBidirectional(model.schoolClassProperty());
        Button prev = new Button(text.get("diary.prev"));
        prev.setId("diaryPrev");
        prev.setOnAction(e -> model.previousWeek());
        Button next = new Button(text.get("diary.next"));
        next.setId("diaryNext");
        next.setOnAction(e -> model.nextWeek());
        Label week = new Label();
        week.setId("diaryWeekTitle");
        week.getStyleClass().add("text-bold");
        week.textProperty().bind(model.weekTitleProperty());
        HBox bar = new HBox(12, title, schoolClass, prev, week, next);
        bar.setAlignment(Pos.CENTER_LEFT);
        Label error = new Label();
        error.setId("diaryError");
        error.getStyleClass().add("error-text");
        error.textProperty().bind(model.errorProperty());
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        TableView<DiaryRow> table = table();
        Label tests = new Label();
        tests.setId("diaryTests");
        tests.setWrapText(true);
        tests.getStyleClass().add("text-bold");
        tests.textProperty().bind(model.testsProperty());
        tests.visibleProperty().bind(model.testsProperty().isNotEmpty());
        tests.managedProperty().bind(tests.visibleProperty());
        VBox root = new VBox(10, bar, tests, error, table);
        VBox.setVgrow(table, Priority.ALWAYS);
        model.load();
        return root;
    }

    private TableView<DiaryRow> table() {
        TableView<DiaryRow> table = Tables.table("diaryWeek", model.rows(), text.get("diary.none"));
        table.getColumns().add(Shown.width(Tables.column(text.get("diary.day"), this::day), 165));
        table.getColumns().add(Shown.width(lesson("diary.period", e -> e.period() == null ? "" : e.period().toString()), 65));
        table.getColumns().add(Shown.width(lesson("diary.time", e -> LessonRow.time(e.starts(), e.ends())), 100));
        table.getColumns().add(Shown.width(Tables.column(text.get("diary.subject"), this::subject), 150));
        table.getColumns().add(Shown.width(lesson("diary.teacher", ClassWeek.Entry::teacher), 140));
        table.getColumns().add(Shown.width(lesson("diary.topic", this::topic), 200));
        table.getColumns().add(Shown.width(lesson("diary.homework", e -> Shown.orEmpty(e.homework())), 160));
        table.getColumns().add(lesson("diary.type", e -> text.get("lesson.kind." + e.type().name())));
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(DiaryRow row, boolean empty) {
                super.updateItem(row, empty);
                getStyleClass().removeAll("diary-day-start", "diary-day-off", "diary-not-filled");
                if (!empty && row != null) {
                    if (row.firstOfDay()) {
                        getStyleClass().add("diary-day-start");
                    }
                    if (row.lesson() == null && row.dayOff() != null) {
                        getStyleClass().add("diary-day-off");
                    } else if (row.lesson() != null && !row.lesson().recorded()) {
                        getStyleClass().add("diary-not-filled");
                    }
                }
            }
        });
        return table;
    }

    private String day(DiaryRow row) {
        return row.firstOfDay() ? row.date().getDayOfWeek().getDisplayName(TextStyle.FULL_STANDALONE, text.locale())
                + ", " + Messages.date(row.date()) : "";
    }

    private String subject(DiaryRow row) {
        if (row.lesson() == null) {
            return row.dayOff() == null ? "" : row.dayOff();
        }
        return row.lesson().subject();
    }

    private String topic(ClassWeek.Entry entry) {
        if (entry.notHeldReason() != null) {
            return text.get("diary.notHeld", entry.notHeldReason());
        }
        return entry.recorded() ? Shown.orEmpty(entry.topic()) : text.get("diary.notFilled");
    }

    private TableColumn<DiaryRow, String> lesson(String key, Function<ClassWeek.Entry, String> value) {
        return Tables.column(text.get(key), row -> row.lesson() == null ? "" : value.apply(row.lesson()));
    }
}
