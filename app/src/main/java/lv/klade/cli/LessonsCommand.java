package lv.klade.cli;

import java.io.PrintStream;
import java.time.Clock;
import java.time.LocalDate;
import lv.klade.i18n.Messages;
import lv.klade.i18n.UserError;
import lv.klade.lessons.TeacherDay;
import lv.klade.shell.Services;

/** {@code klade lessons --db PATH --teacher LOGIN [--date YYYY-MM-DD]}: a teacher's day with each lesson's state. */
final class LessonsCommand implements Command {
    private final Clock clock;

    LessonsCommand(Clock clock) {
        this.clock = clock;
    }

    @Override
    public int run(Args args, Messages messages, PrintStream out) {
        String login = args.required("teacher");
        LocalDate date = args.date("date", LocalDate.now(clock.withZone(Messages.RIGA)));
        try (Services services = Journals.open(args, clock, messages)) {
            TeacherDay day = services.lessonViews(messages).teacherDay(login, date)
                    .orElseThrow(() -> UserError.of("lessons.teacherUnknown", login));
            String weekday = messages.get("weekday." + date.getDayOfWeek().getValue());
            out.println(messages.get("lessons.day", day.teacherName(), weekday, date));
            if (day.dayOff() != null) {
                out.println(messages.get("lessons.dayOff", day.dayOff()));
            } else if (day.lessons().isEmpty()) {
                out.println(messages.get("lessons.none"));
            }
            for (TeacherDay.Entry e : day.lessons()) {
                StringBuilder line = new StringBuilder(messages.get("lessons.lesson",
                        e.period() == null ? "-" : e.period(), Times.of(e.starts(), e.ends()), e.journal(),
                        e.room() == null ? "-" : e.room(), messages.get(e.state().messageKey())));
                if (e.type() != null) {
                    line.append(messages.get("lessons.type", messages.get("lesson.kind." + e.type().name())));
                }
                if (e.notHeldReason() != null) {
                    line.append(messages.get("timetable.reason", e.notHeldReason()));
                }
                if (e.topic() != null) {
                    line.append(messages.get("timetable.topic", e.topic()));
                }
                out.println(line);
            }
        }
        return 0;
    }
}
