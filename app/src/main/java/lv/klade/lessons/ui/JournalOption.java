package lv.klade.lessons.ui;

import java.util.UUID;

/** One of my journals, to add an extra lesson to; shown by its name. */
public record JournalOption(UUID id, String name) {
    @Override
    public String toString() {
        return name;
    }
}
