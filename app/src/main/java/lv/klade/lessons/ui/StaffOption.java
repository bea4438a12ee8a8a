package lv.klade.lessons.ui;

import java.util.UUID;

/** A staff member in a chooser. */
public record StaffOption(UUID id, String name) {
    @Override
    public String toString() {
        return name;
    }
}
