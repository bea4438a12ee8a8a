package lv.klade.lessons;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

/** A class's week (the diary, "dienasgrāmata"): each day from Monday with its lessons, ready to print. */
public record ClassWeek(UUID classId, String className, LocalDate monday, List<Day> days) {

    public ClassWeek {
        days = List.copyOf(days);
    }

    /** One day: why it has no lessons ({@code dayOff}, null on a school day), and its lessons by period. */
    public record Day(LocalDate date, String dayOff, List<Entry> lessons) {
        public Day {
            lessons = List.copyOf(lessons);
        }
    }

    /**
     * One lesson: from its entry where it is filled ({@code recorded}), else as the timetable plans it;
     * {@code notHeldReason} is set for a lesson not held. Times are null for a lesson outside the bell schedule.
     */
    public record Entry(Integer period, LocalTime starts, LocalTime ends, String subject, String journal,
                        String teacher, String topic, String homework, LessonKind type, boolean recorded,
                        String notHeldReason) {
    }
}
