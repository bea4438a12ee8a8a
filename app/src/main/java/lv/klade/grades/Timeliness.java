package lv.klade.grades;

import java.time.LocalDate;
import java.util.Optional;

/** Whether a grade was entered by its deadline; late grades are kept and marked, never refused. */
public sealed interface Timeliness {

    /** The last day the grade was due on, if its kind has a deadline. */
    Optional<LocalDate> due();

    record OnTime(Optional<LocalDate> due) implements Timeliness {
    }

    /** Entered after the due day; {@code workingDaysLate} counts the working days past it. */
    record Late(Optional<LocalDate> due, int workingDaysLate) implements Timeliness {
    }
}
