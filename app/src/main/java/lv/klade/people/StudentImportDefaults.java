package lv.klade.people;

import java.time.LocalDate;

/**
 * What a list's rows get when they have no value of their own: the date the students are in their
 * classes from (the school year's first day when null) and the director's order that admits them
 * (a list usually comes with one order for all; null when each row must name its own).
 */
public record StudentImportDefaults(LocalDate from, DirectorOrder order) {
    public static final StudentImportDefaults NONE = new StudentImportDefaults(null, null);

    public StudentImportDefaults {
        if (order != null && (order.number() == null || order.number().isEmpty()) && order.date() == null) {
            order = null;
        }
    }
}
