package lv.klade.timetable.ui;

import java.util.List;

/** One bell period of the week grid: its number and time, and what each weekday (Monday first) has then. */
public record WeekRow(int period, String time, List<String> days) {

    public WeekRow {
        days = List.copyOf(days);
    }

    /** The cell of a weekday, 1 for Monday to 5 for Friday. */
    public String day(int weekday) {
        return days.get(weekday - 1);
    }
}
