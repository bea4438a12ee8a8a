package lv.klade.printing.ui;

import java.util.UUID;

/** A class or a journal in the list of what to print for. */
public record TargetChoice(UUID id, String label) {
    @Override
    public String toString() {
        return label;
    }
}
