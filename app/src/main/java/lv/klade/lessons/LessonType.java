package lv.klade.lessons;

import java.time.LocalDate;
import java.util.UUID;

/** What kind of lesson an entry records, with what that kind needs; {@link LessonService} checks the required parts. */
public sealed interface LessonType {

    LessonKind kind();

    /** A lesson held as the timetable plans it. */
    record Regular() implements LessonType {
        @Override
        public LessonKind kind() {
            return LessonKind.REGULAR;
        }
    }

    /**
     * Taught by a substitute: whose lesson it was, the absent teacher's reason (required), and the
     * director's order number and date.
     */
    record Substituted(UUID absentTeacherId, String reason, String orderNo, LocalDate orderDate) implements LessonType {
        @Override
        public LessonKind kind() {
            return LessonKind.SUBSTITUTED;
        }
    }

    /** Makes up a lesson not held on {@code madeUpDate} (required). */
    record MakeUp(LocalDate madeUpDate) implements LessonType {
        @Override
        public LessonKind kind() {
            return LessonKind.MAKE_UP;
        }
    }

    /** A planned lesson that did not take place, with the reason (required). */
    record NotHeld(String reason) implements LessonType {
        @Override
        public LessonKind kind() {
            return LessonKind.NOT_HELD;
        }
    }

    /** A lesson outside the timetable. */
    record Extra() implements LessonType {
        @Override
        public LessonKind kind() {
            return LessonKind.EXTRA;
        }
    }

    /** An individual consultation with students (seed 000 §3.5); its entry is due by the end of its day. */
    record Consultation() implements LessonType {
        @Override
        public LessonKind kind() {
            return LessonKind.CONSULTATION;
        }
    }

    static LessonType regular() {
        return new Regular();
    }

    static LessonType extra() {
        return new Extra();
    }
}
