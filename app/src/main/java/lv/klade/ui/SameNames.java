package lv.klade.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import lv.klade.i18n.Messages;

/**
 * Names as a list shows them: where two people of the list share a full name, each has their birth
 * date after it, so that a user can tell them apart; everyone else reads as their name alone.
 */
public final class SameNames {
    private SameNames() {
    }

    /** What the list shows for each of {@code people}, in their order. */
    public static <T> List<String> shown(List<T> people, Function<T, String> name, Function<T, LocalDate> born,
                                         Messages text) {
        Map<String, Long> counts = people.stream().collect(Collectors.groupingBy(name, Collectors.counting()));
        return people.stream().map(person -> {
            String full = name.apply(person);
            LocalDate birthDate = born.apply(person);
            return counts.get(full) > 1 && birthDate != null ? text.get("names.sameName", full, birthDate) : full;
        }).toList();
    }
}
