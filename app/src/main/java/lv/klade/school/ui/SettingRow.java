package lv.klade.school.ui;

import java.util.List;
import java.util.Optional;
import javafx.beans.InvalidationListener;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import lv.klade.i18n.Messages;
import lv.klade.school.CheckedSetting;
import lv.klade.school.CodeList;
import lv.klade.school.SchoolSetting;
import lv.klade.school.SettingForm;
import lv.klade.school.SettingOption;

/**
 * One setting being edited: what is typed (a number or time), whether its option is chosen, or its
 * codes; checked by the setting's rule at every change, so a bad value shows its message at once.
 */
public final class SettingRow {
    private final SchoolSetting setting;
    private final Messages text;
    private final StringProperty typed = new SimpleStringProperty("");
    private final BooleanProperty optionChosen = new SimpleBooleanProperty(false);
    private final ObservableList<CodeLine> codes = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper atDefault = new ReadOnlyBooleanWrapper(true);
    private final ReadOnlyBooleanWrapper changed = new ReadOnlyBooleanWrapper(false);
    private final InvalidationListener recheck = o -> check();
    private String saved;
    private CheckedSetting checked;

    SettingRow(SchoolSetting setting, String saved, Messages text, Runnable onChange) {
        this.setting = setting;
        this.text = text;
        this.saved = saved;
        typed.addListener((o, was, now) -> check());
        optionChosen.addListener((o, was, now) -> check());
        codes.addListener((ListChangeListener<CodeLine>) change -> {
            while (change.next()) {
                change.getAddedSubList().forEach(line -> {
                    for (var part : line.parts()) {
                        part.addListener(recheck);
                    }
                });
            }
            check();
        });
        error.addListener(o -> onChange.run());
        changed.addListener(o -> onChange.run());
        show(saved);
    }

    public SchoolSetting setting() {
        return setting;
    }

    /** The setting's option (such as "by the next lesson") for a number, if it has one. */
    public Optional<SettingOption> option() {
        return setting.form() == SettingForm.NUMBER ? setting.options().stream().findFirst() : Optional.empty();
    }

    /** Puts a value into the editor: the option's box, the typed text or the code lines. */
    private void show(String value) {
        switch (setting.form()) {
            case NUMBER -> {
                boolean option = option().map(o -> o.value().equals(value)).orElse(false);
                // With the option chosen the field keeps a number to go back to.
                typed.set(option ? setting.defaultValue() : value);
                optionChosen.set(option);
            }
            case TIME -> typed.set(value);
            case CODES -> codes.setAll(CodeList.parse(value).codes().stream()
                    .map(c -> new CodeLine(setting.options(), c)).toList());
        }
        check();
    }

    /** The value as the editor holds it, before the rule reads it. */
    String value() {
        return switch (setting.form()) {
            case NUMBER -> optionChosen.get() && option().isPresent() ? option().get().value() : typed.get();
            case TIME -> typed.get();
            case CODES -> new CodeList(codes.stream().map(CodeLine::toCode).toList()).format();
        };
    }

    private void check() {
        checked = setting.check(value());
        String stored = switch (checked) {
            case CheckedSetting.Valid v -> v.value();
            case CheckedSetting.Invalid i -> null;
        };
        error.set(checked instanceof CheckedSetting.Invalid i ? text.text(i.problem()) : "");
        atDefault.set(setting.defaultValue().equals(stored));
        changed.set(stored == null || !stored.equals(saved));
    }

    /** The value to save: as the rule writes it; empty while the rule refuses it. */
    Optional<String> valid() {
        return checked instanceof CheckedSetting.Valid v ? Optional.of(v.value()) : Optional.empty();
    }

    /** Puts the default back into the editor (saved with the others). */
    public void restoreDefault() {
        show(setting.defaultValue());
    }

    /** After a save: what is shown is what is saved. */
    void saved(String value) {
        saved = value;
        check();
    }

    /** Adds an empty code line to a code list. */
    public void addCode() {
        codes.add(new CodeLine(setting.options(), new CodeList.Code("", List.of())));
    }

    public void removeCode(CodeLine line) {
        codes.remove(line);
    }

    public StringProperty typedProperty() {
        return typed;
    }

    public BooleanProperty optionChosenProperty() {
        return optionChosen;
    }

    public ObservableList<CodeLine> codes() {
        return codes;
    }

    /** What the setting's rule says is wrong, or "". */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty atDefaultProperty() {
        return atDefault.getReadOnlyProperty();
    }

    /** Differs from what is saved (a value the rule refuses always does). */
    public ReadOnlyBooleanProperty changedProperty() {
        return changed.getReadOnlyProperty();
    }
}
