package lv.klade.yearend.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import lv.klade.db.Actor;
import lv.klade.i18n.Messages;
import lv.klade.people.DirectorOrder;
import lv.klade.ui.Background;
import lv.klade.yearend.YearEnd;
import lv.klade.yearend.YearEndService;
import lv.klade.yearend.YearEndTexts;

/**
 * Closing the school year in the window: what still stops it, student by student and subject, what
 * closing will do, and closing itself by the director's order once nothing stops it, after the
 * administrator confirms.
 */
public final class YearEndViewModel {
    private final YearEndService service;
    private final Actor actor;
    private final Background background;
    private final Predicate<String> confirm;
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper closable = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    private final ObservableList<String> plan = FXCollections.observableArrayList();
    private final StringProperty orderNumber = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> orderDate = new SimpleObjectProperty<>();
    private YearEnd shown;

    public YearEndViewModel(YearEndService service, Actor actor, LocalDate today, Background background,
                            Predicate<String> confirm) {
        this.service = service;
        this.actor = actor;
        this.background = background;
        this.confirm = confirm;
        orderDate.set(today);
    }

    /** Reads what closing the year would do now; with an order given, tries it all out first. */
    public void check() {
        DirectorOrder order = order();
        run(() -> order.number().isEmpty() ? service.check(actor) : service.preview(actor, order));
    }

    /** Closes the year, once the administrator confirms; refused with the reasons when anything stops it. */
    public void close() {
        DirectorOrder order = order();
        if (shown == null || !closable.get()) {
            return;
        }
        Messages text = background.messages();
        if (order.number().isEmpty() || order.date() == null) {
            error.set(text.get("yearEnd.orderMissing"));
            return;
        }
        if (confirm.test(text.get("yearEnd.confirm", shown.closing().name(), shown.next().name()))) {
            run(() -> service.close(actor, order));
        }
    }

    private DirectorOrder order() {
        String number = orderNumber.get() == null ? "" : orderNumber.get().strip();
        return new DirectorOrder(number, orderDate.get());
    }

    private void run(Supplier<YearEnd> work) {
        error.set("");
        busy.set(true);
        background.run(work, this::show, message -> {
            busy.set(false);
            error.set(message);
        });
    }

    private void show(YearEnd end) {
        Messages text = background.messages();
        shown = end;
        busy.set(false);
        title.set(text.get("yearEnd.title", end.closing().name()));
        List<String> stopping = YearEndTexts.refusals(end, text);
        problems.setAll(stopping.isEmpty() ? List.of(text.get("yearEnd.nothing")) : stopping);
        plan.setAll(end.next() == null ? List.of() : YearEndTexts.summary(end, text));
        closable.set(end.canClose() && !end.closed());
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** True while nothing stops the year from closing and it is not closed yet. */
    public ReadOnlyBooleanProperty closableProperty() {
        return closable.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** What stops the year from closing, line by line; one line saying nothing does when nothing does. */
    public ObservableList<String> problems() {
        return problems;
    }

    /** What closing does, or did: the next year, its classes, the students by step. */
    public ObservableList<String> plan() {
        return plan;
    }

    public StringProperty orderNumberProperty() {
        return orderNumber;
    }

    public ObjectProperty<LocalDate> orderDateProperty() {
        return orderDate;
    }
}
