package lv.klade.grades.ui;

import java.util.UUID;

/** A class to choose in the planner and promotion views; it shows as its name. */
public record ClassChoice(UUID id, String name, int form) {
    @Override
    public String toString() {
        return name;
    }
}
