package lv.klade.timetable.ui;

import java.util.UUID;

/** A class, journal or teacher to pick from a list, shown by its name. */
public record Choice(UUID id, String name) {
    @Override
    public String toString() {
        return name;
    }
}
