package lv.klade.ui;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import javafx.scene.control.DatePicker;
import javafx.util.StringConverter;
import lv.klade.i18n.Messages;

/** Date pickers that show and read dates as dd.MM.yyyy, as Latvian schools write them. */
public final class Dates {
    private Dates() {
    }

    /** A picker whose empty field asks for the date in the UI's language ("dd.mm.gggg", "dd.mm.yyyy"). */
    public static DatePicker picker(String id, Messages text) {
        DatePicker picker = new DatePicker();
        picker.setId(id);
        picker.setPromptText(text.get("dates.prompt"));
        picker.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return Messages.date(date);
            }

            @Override
            public LocalDate fromString(String text) {
                if (text == null || text.isBlank()) {
                    return null;
                }
                try {
                    return LocalDate.parse(text.trim(), Messages.dateFormat());
                } catch (DateTimeParseException e) {
                    return null;
                }
            }
        });
        return picker;
    }
}
