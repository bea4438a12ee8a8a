package lv.klade.lessons.ui;

import java.util.UUID;

/** A class in a chooser. */
public record ClassOption(UUID id, String name) {
    @Override
    public String toString() {
        return name;
    }
}
