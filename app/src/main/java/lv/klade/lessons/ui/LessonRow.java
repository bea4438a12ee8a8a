package lv.klade.lessons.ui;

import java.time.LocalDate;
import java.time.LocalTime;
import lv.klade.i18n.Messages;
import lv.klade.lessons.TeacherDay;

/** One of my lessons in a list: its day and what the teacher's day says of it. */
public record LessonRow(LocalDate date, TeacherDay.Entry entry) {
    /**
     * The class or group: a journal is named "owner subject" (ClassService names it so), and the
     * lists show the two apart.
     */
    public String owner() {
        String journal = entry.journal() == null ? "" : entry.journal();
        String subject = entry.subject() == null ? "" : entry.subject();
        return !subject.isEmpty() && journal.endsWith(" " + subject)
                ? journal.substring(0, journal.length() - subject.length() - 1) : journal;
    }

    /** "8:30–9:10", or empty outside the bell schedule. */
    public String time() {
        return time(entry.starts(), entry.ends());
    }

    static String time(LocalTime starts, LocalTime ends) {
        return starts == null || ends == null ? "" : Messages.lessonTime(starts) + "–" + Messages.lessonTime(ends);
    }

    /** True when this row and {@code other} are the same lesson slot. */
    public boolean sameSlot(LessonRow other) {
        return other != null && date.equals(other.date) && entry.journalId().equals(other.entry.journalId())
                && java.util.Objects.equals(entry.period(), other.entry.period());
    }
}
