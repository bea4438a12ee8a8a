package lv.klade.lessons.ui;

import java.util.function.Function;
import javafx.scene.control.TableColumn;
import javafx.util.StringConverter;

/** How these views show values: choosers that are never typed into, column widths, blanks for nulls. */
final class Shown {
    private Shown() {
    }

    static <T> StringConverter<T> converter(Function<T, String> show) {
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

    static <S, T> TableColumn<S, T> width(TableColumn<S, T> column, double width) {
        column.setPrefWidth(width);
        return column;
    }

    static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
