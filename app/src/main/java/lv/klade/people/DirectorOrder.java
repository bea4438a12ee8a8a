package lv.klade.people;

import java.time.LocalDate;

/** A director's order (rīkojums), behind every admission, move and leaving: its number and date. */
public record DirectorOrder(String number, LocalDate date) {

    public DirectorOrder {
        number = number == null ? null : number.strip();
    }

    boolean isComplete() {
        return number != null && !number.isEmpty() && date != null;
    }
}
