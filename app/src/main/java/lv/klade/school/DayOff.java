package lv.klade.school;

import java.time.DayOfWeek;
import java.time.LocalDate;
import lv.klade.i18n.Messages;

/** Why there are no lessons on a day. */
public sealed interface DayOff {

    /** The reason in the messages' language. */
    String text(Messages messages);

    /** Saturday or Sunday that is not a moved working day. */
    record Weekend(DayOfWeek day) implements DayOff {
        @Override
        public String text(Messages messages) {
            return messages.get("dayOff.weekend");
        }
    }

    record Holiday(PublicHoliday holiday) implements DayOff {
        @Override
        public String text(Messages messages) {
            return holiday.name(messages);
        }
    }

    record Extra(ExtraHoliday holiday) implements DayOff {
        @Override
        public String text(Messages messages) {
            return holiday.name();
        }
    }

    /** A weekday whose work moved to a weekend day. */
    record Replaced(MovedWorkingDay move) implements DayOff {
        @Override
        public String text(Messages messages) {
            return messages.get("dayOff.replaced", move.workDate());
        }
    }

    /** A school break: teachers work, but no lessons are held. */
    record Break(SchoolBreak schoolBreak) implements DayOff {
        @Override
        public String text(Messages messages) {
            return schoolBreak.name();
        }
    }

    /** After a form's last lesson day, while the year goes on for forms with exams. */
    record LessonsOver(int form, LocalDate lastDay) implements DayOff {
        @Override
        public String text(Messages messages) {
            return messages.get("dayOff.lessonsOver", form, lastDay);
        }
    }

    /** Before the school year starts or after it ends. */
    record OutsideYear(LocalDate date) implements DayOff {
        @Override
        public String text(Messages messages) {
            return messages.get("dayOff.outsideYear");
        }
    }
}
