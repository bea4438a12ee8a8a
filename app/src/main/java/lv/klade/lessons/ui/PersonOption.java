package lv.klade.lessons.ui;

import java.util.UUID;

/** A staff member or a student in a chooser. */
public record PersonOption(UUID id, String name) {
    @Override
    public String toString() {
        return name;
    }
}
