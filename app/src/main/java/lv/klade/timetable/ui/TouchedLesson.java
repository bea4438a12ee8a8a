package lv.klade.timetable.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A planned lesson an absence takes from its teacher: when, which journal, who substitutes by which
 * order (empty when nobody does: the lesson is not held), and the teachers free to take it.
 */
public record TouchedLesson(LocalDate date, int period, String time, UUID journalId, String journal, String room,
                            String substitute, String orderNo, LocalDate orderDate, List<Choice> free) {

    public TouchedLesson {
        free = List.copyOf(free);
    }

    public boolean substituted() {
        return !substitute.isEmpty();
    }
}
