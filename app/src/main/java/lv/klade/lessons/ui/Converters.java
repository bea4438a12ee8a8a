package lv.klade.lessons.ui;

import java.util.function.Function;
import javafx.util.StringConverter;

/** Choosers that show values as the user reads them and are never typed into. */
final class Converters {
    private Converters() {
    }

    static <T> StringConverter<T> showing(Function<T, String> show) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : show.apply(value);
            }

            @Override
            public T fromString(String string) {
                return null;
            }
        };
    }
}
