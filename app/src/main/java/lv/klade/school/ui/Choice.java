package lv.klade.school.ui;

import java.util.UUID;

/** Something to pick in a list: its key and what the user reads. */
public record Choice(UUID id, String name) {
    @Override
    public String toString() {
        return name;
    }
}
