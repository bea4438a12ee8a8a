package lv.klade.school;

import java.time.LocalDate;

/** Master data that is ended rather than deleted once it has lessons or grades. */
public interface Endable {
    /** The first day it is no longer in use; null while it is. */
    LocalDate ends();

    /** Ended on or before {@code day}: hidden from pickers and shown greyed in lists. */
    default boolean endedOn(LocalDate day) {
        return ends() != null && !ends().isAfter(day);
    }
}
