package lv.klade.statistics.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import lv.klade.i18n.Messages;
import lv.klade.statistics.PupilDynamics;
import lv.klade.statistics.StatisticsService.Choice;

/**
 * One student's year: a line per subject of their points over the days of the work, and the lessons
 * they missed each month. The student is chosen from the class chosen above.
 */
final class PupilCharts {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.");
    private final StatisticsViewModel model;
    private final Messages text;
    private final LineChart<Number, Number> points;
    private final StackedBarChart<String, Number> months;
    private final NumberAxis days = new NumberAxis();
    private final NumberAxis missed;
    private final Label state = new Label();

    PupilCharts(StatisticsViewModel model, Messages text) {
        this.model = model;
        this.text = text;
        days.setLabel(text.get("statistics.date"));
        days.setForceZeroInRange(false);
        days.setAutoRanging(false);
        days.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number day) {
                return DAY.format(LocalDate.ofEpochDay(day.longValue()));
            }

            @Override
            public Number fromString(String shown) {
                return null;
            }
        });
        NumberAxis grade = new NumberAxis(0, 10, 1);
        grade.setLabel(text.get("statistics.points"));
        points = new LineChart<>(days, grade);
        points.setId("pupilPoints");
        points.setAnimated(false);
        points.setTitle(text.get("statistics.points"));
        missed = StatisticsView.countAxis(text.get("statistics.lessons"));
        // Counts of a few lessons: whole-number ticks, which auto-ranging would split into tenths.
        missed.setAutoRanging(false);
        months = new StackedBarChart<>(new CategoryAxis(), missed);
        months.setId("pupilAbsences");
        months.setAnimated(false);
        months.setTitle(text.get("statistics.missed"));
        months.setPrefWidth(360);
        HBox.setHgrow(points, Priority.ALWAYS);
    }

    Node root() {
        ChoiceBox<Choice> student = new ChoiceBox<>(model.students());
        student.setId("statisticsStudent");
        student.setPrefWidth(240);
        student.valueProperty().bindBidirectional(model.studentProperty());
        state.setId("pupilState");
        state.getStyleClass().add("hint-text");
        HBox bar = new HBox(8, new Label(text.get("statistics.student")), student, state);
        bar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        HBox charts = new HBox(12, points, months);
        VBox.setVgrow(charts, Priority.ALWAYS);
        model.pupilProperty().addListener((o, was, now) -> draw(now));
        VBox root = new VBox(8, bar, charts);
        root.setStyle("-fx-padding: 8");
        draw(model.pupilProperty().get());
        return root;
    }

    private void draw(PupilDynamics pupil) {
        points.getData().clear();
        months.getData().clear();
        if (pupil == null) {
            state.setText(text.get("statistics.noStudent"));
            return;
        }
        int others = pupil.subjects().stream().mapToInt(PupilDynamics.SubjectLine::otherScales).sum();
        String otherScales = others == 0 ? "" : text.get("statistics.otherScales", others);
        // Many subjects make a tangle of lines: say that the subject filter above shows one.
        String oneSubject = pupil.subjects().size() > 3 ? text.get("statistics.pickSubject") : "";
        state.setText(java.util.stream.Stream.of(otherScales, oneSubject).filter(t -> !t.isEmpty())
                .collect(java.util.stream.Collectors.joining(" · ")));
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        for (PupilDynamics.SubjectLine line : pupil.subjects()) {
            if (line.points().isEmpty()) {
                continue;
            }
            XYChart.Series<Number, Number> series = new XYChart.Series<>();
            series.setName(line.subject());
            for (PupilDynamics.Point p : line.points()) {
                long day = p.date().toEpochDay();
                first = Math.min(first, day);
                last = Math.max(last, day);
                series.getData().add(new XYChart.Data<>(day, p.points()));
            }
            points.getData().add(series);
        }
        if (first <= last) {
            // A few days either side so the first and last points are not on the frame.
            days.setLowerBound(first - 3);
            days.setUpperBound(last + 3);
            days.setTickUnit(Math.max(1, (last - first + 6) / 8.0));
        }
        XYChart.Series<String, Number> unjustified = new XYChart.Series<>();
        unjustified.setName(text.get("statistics.unjustified"));
        XYChart.Series<String, Number> justified = new XYChart.Series<>();
        justified.setName(text.get("statistics.justified"));
        List<String> names = pupil.months().stream().map(m -> monthName(m.month())).toList();
        for (PupilDynamics.MonthAbsences m : pupil.months()) {
            unjustified.getData().add(new XYChart.Data<>(monthName(m.month()), m.unjustified()));
            justified.getData().add(new XYChart.Data<>(monthName(m.month()), m.justified()));
        }
        int most = pupil.months().stream().mapToInt(m -> m.justified() + m.unjustified()).max().orElse(0);
        missed.setLowerBound(0);
        missed.setUpperBound(most + 1);
        missed.setTickUnit(Math.max(1, Math.ceil((most + 1) / 10.0)));
        ((CategoryAxis) months.getXAxis()).setCategories(FXCollections.observableArrayList(names));
        months.getData().setAll(List.of(unjustified, justified));
    }

    private String monthName(java.time.YearMonth month) {
        return month.getMonth().getDisplayName(TextStyle.SHORT_STANDALONE, text.locale());
    }
}
