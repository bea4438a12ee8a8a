package lv.klade.lessons;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

/** A teacher's day: their lessons, each with its state against the entry deadline, ready to print. */
public record TeacherDay(UUID staffId, String teacherName, LocalDate date, String dayOff, List<Entry> lessons) {

    public TeacherDay {
        lessons = List.copyOf(lessons);
    }

    /** One lesson of the day; {@code lessonId} is null until it is filled. */
    public record Entry(Integer period, LocalTime starts, LocalTime ends, UUID journalId, String journal,
                        String subject, String room, LessonState state, LessonKind type, String topic,
                        UUID lessonId, String notHeldReason) {
    }
}
