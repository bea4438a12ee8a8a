package lv.klade.statistics;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One group's attendance: the lessons its students were due to attend (each held lesson once for
 * every student learning in the journal that day) and how many of them were missed, justified or not.
 */
public record AbsenceRate(String label, int lessons, int justified, int unjustified) {

    public int missed() {
        return justified + unjustified;
    }

    /** The share of lessons missed, in percent to one decimal. */
    public BigDecimal missedPercent() {
        return percent(missed());
    }

    public BigDecimal unjustifiedPercent() {
        return percent(unjustified);
    }

    private BigDecimal percent(int count) {
        return lessons == 0 ? BigDecimal.ZERO.setScale(1)
                : BigDecimal.valueOf(count * 100L).divide(BigDecimal.valueOf(lessons), 1, RoundingMode.HALF_UP);
    }
}
