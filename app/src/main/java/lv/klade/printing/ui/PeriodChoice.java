package lv.klade.printing.ui;

import lv.klade.printing.PrintPeriod;

/** A period in the period list, with the label shown for it. */
public record PeriodChoice(String label, PrintPeriod period) {
    @Override
    public String toString() {
        return label;
    }
}
