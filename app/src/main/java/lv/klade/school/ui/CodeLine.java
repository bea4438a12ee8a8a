package lv.klade.school.ui;

import java.util.List;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import lv.klade.school.CodeList;
import lv.klade.school.SettingOption;

/** One code of a code-list setting being edited: the code and whether it carries each flag. */
public final class CodeLine {
    private final StringProperty code = new SimpleStringProperty("");
    private final List<SettingOption> flags;
    private final List<BooleanProperty> chosen;

    CodeLine(List<SettingOption> flags, CodeList.Code from) {
        this.flags = List.copyOf(flags);
        this.chosen = flags.stream().map(f -> (BooleanProperty) new SimpleBooleanProperty(from.has(f.value())))
                .toList();
        code.set(from.code());
    }

    public StringProperty codeProperty() {
        return code;
    }

    /** Whether the code carries the setting's {@code index}th flag. */
    public BooleanProperty flagProperty(int index) {
        return chosen.get(index);
    }

    /** Everything that changes the line. */
    Observable[] parts() {
        Observable[] parts = new Observable[chosen.size() + 1];
        parts[0] = code;
        for (int i = 0; i < chosen.size(); i++) {
            parts[i + 1] = chosen.get(i);
        }
        return parts;
    }

    CodeList.Code toCode() {
        List<String> set = new java.util.ArrayList<>();
        for (int i = 0; i < flags.size(); i++) {
            if (chosen.get(i).get()) {
                set.add(flags.get(i).value());
            }
        }
        return new CodeList.Code(code.get() == null ? "" : code.get().strip(), set);
    }
}
