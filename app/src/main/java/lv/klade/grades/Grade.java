package lv.klade.grades;

import java.util.Optional;

/**
 * A grade's value: a mark on a scale, or one of the marks nv (no grade yet) and atb (exempt).
 * Invalid values cannot be constructed; {@link GradeParser} turns typed text into a grade or a
 * problem the user can read. {@link #typed()} is both what the user types and what is stored.
 */
public sealed interface Grade {

    /** The mark as typed and stored: "8", "S", "i", "ni", "85%", "nv", "atb". */
    String typed();

    /** The scale of the mark; empty for nv and atb, which fit any column. */
    Optional<Scale> scale();

    /** The key of the mark's description in the grades bundle ("izcili", "apguvis", …). */
    String messageKey();

    /** 1–10 on the 10-point scale. */
    record Points(int value) implements Grade {
        public Points {
            if (value < 1 || value > 10) {
                throw new IllegalArgumentException("A 10-point grade is 1 to 10: " + value);
            }
        }

        public boolean passes() {
            return value >= 4;
        }

        @Override
        public String typed() {
            return Integer.toString(value);
        }

        @Override
        public Optional<Scale> scale() {
            return Optional.of(Scale.TEN_POINT);
        }

        @Override
        public String messageKey() {
            return "grades.points." + value;
        }
    }

    /** A learning level S, T, A or P. */
    record Level(LearningLevel level) implements Grade {
        public Level {
            if (level == null) {
                throw new IllegalArgumentException("A level grade needs its level");
            }
        }

        @Override
        public String typed() {
            return level.name();
        }

        @Override
        public Optional<Scale> scale() {
            return Optional.of(Scale.LEVELS);
        }

        @Override
        public String messageKey() {
            return level.messageKey();
        }
    }

    /** i (passed) or ni (not passed). */
    record PassFail(boolean passed) implements Grade {
        @Override
        public String typed() {
            return passed ? "i" : "ni";
        }

        @Override
        public Optional<Scale> scale() {
            return Optional.of(Scale.PASS_FAIL);
        }

        @Override
        public String messageKey() {
            return passed ? "grades.passed" : "grades.notPassed";
        }
    }

    /** 0–100 %. */
    record Percent(int value) implements Grade {
        public Percent {
            if (value < 0 || value > 100) {
                throw new IllegalArgumentException("A percentage is 0 to 100: " + value);
            }
        }

        @Override
        public String typed() {
            return value + "%";
        }

        @Override
        public Optional<Scale> scale() {
            return Optional.of(Scale.PERCENT);
        }

        @Override
        public String messageKey() {
            return "grades.percent";
        }
    }

    /** nv: no grade yet (the student missed the work); never counts in an average. */
    record NoGrade() implements Grade {
        @Override
        public String typed() {
            return "nv";
        }

        @Override
        public Optional<Scale> scale() {
            return Optional.empty();
        }

        @Override
        public String messageKey() {
            return "grades.noGrade";
        }
    }

    /** atb: exempt; leaves the student out of the subject's average. */
    record Exempt() implements Grade {
        @Override
        public String typed() {
            return "atb";
        }

        @Override
        public Optional<Scale> scale() {
            return Optional.empty();
        }

        @Override
        public String messageKey() {
            return "grades.exempt";
        }
    }
}
