package lv.klade.school.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import lv.klade.db.Actor;
import lv.klade.school.SchoolSetting;
import lv.klade.school.SchoolSettingsService;
import lv.klade.ui.Background;

/**
 * The school's settings as the administrator edits them: one row per setting with its saved value,
 * checked as it is typed; saving sends every changed value in one call, so they are saved together
 * or, on any refusal, not at all.
 */
public final class SettingsViewModel {
    private final SchoolSettingsService service;
    private final Actor actor;
    private final Background background;
    private final ObservableList<SettingRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper changed = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(true);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(true);

    public SettingsViewModel(SchoolSettingsService service, Actor actor, Background background) {
        this.service = service;
        this.actor = actor;
        this.background = background;
    }

    private record Loaded(List<SchoolSetting> catalog, Map<String, String> values) {
    }

    /** Reads the settings and their saved values off the FX thread. */
    public void load() {
        busy.set(true);
        background.run(() -> new Loaded(service.catalog(), service.values()), loaded -> {
            rows.setAll(loaded.catalog().stream().map(s -> new SettingRow(s, loaded.values().get(s.key()),
                    background.messages(), this::refresh)).toList());
            busy.set(false);
            refresh();
        }, message -> {
            busy.set(false);
            error.set(message);
        });
    }

    private void refresh() {
        changed.set(rows.stream().anyMatch(r -> r.changedProperty().get()));
        valid.set(rows.stream().allMatch(r -> r.errorProperty().get().isEmpty()));
        if (changed.get()) {
            status.set("");
        }
    }

    /** Saves every changed setting in one transaction; refused whole while any value is wrong. */
    public void save() {
        if (!valid.get()) {
            error.set(background.messages().get("settings.fixFirst"));
            return;
        }
        Map<String, String> values = new LinkedHashMap<>();
        rows.stream().filter(r -> r.changedProperty().get())
                .forEach(r -> values.put(r.setting().key(), r.valid().orElseThrow()));
        if (values.isEmpty()) {
            status.set(background.messages().get("settings.nothingChanged"));
            return;
        }
        busy.set(true);
        background.run(() -> {
            service.save(actor, values);
            return values;
        }, saved -> {
            busy.set(false);
            rows.forEach(r -> r.valid().filter(v -> saved.containsKey(r.setting().key())).ifPresent(r::saved));
            error.set("");
            status.set(background.messages().get("settings.saved", saved.size()));
        }, message -> {
            busy.set(false);
            error.set(message);
        });
    }

    /** Every setting, in the order the features list them. */
    public ObservableList<SettingRow> rows() {
        return rows;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Some setting differs from what is saved. */
    public ReadOnlyBooleanProperty changedProperty() {
        return changed.getReadOnlyProperty();
    }

    /** No setting's rule refuses what it holds. */
    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    /** Reading or saving is under way. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
