package lv.klade.cli;

import java.io.PrintStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import lv.klade.i18n.Messages;
import lv.klade.i18n.UserError;
import lv.klade.lessons.ClassWeek;
import lv.klade.school.DateRange;
import lv.klade.shell.Services;

/** {@code klade timetable --db PATH --class 7.a [--week YYYY-MM-DD]}: a class's week, as its diary shows it. */
final class TimetableCommand implements Command {
    private final Clock clock;

    TimetableCommand(Clock clock) {
        this.clock = clock;
    }

    @Override
    public int run(Args args, Messages messages, PrintStream out) {
        String className = args.required("class");
        LocalDate anyDay = args.date("week", LocalDate.now(clock.withZone(Messages.RIGA)));
        try (Services services = Journals.open(args, clock, messages)) {
            ClassWeek week = services.lessonViews(messages).classWeek(className, anyDay)
                    .orElseThrow(() -> UserError.of("timetable.classUnknown", className));
            Map<String, String> rooms = rooms(services, week);
            out.println(messages.get("timetable.week", week.className(), week.monday(), week.monday().plusDays(4)));
            for (ClassWeek.Day day : week.days()) {
                String weekday = messages.get("weekday." + day.date().getDayOfWeek().getValue());
                out.println(day.dayOff() != null ? messages.get("timetable.dayOff", weekday, day.date(), day.dayOff())
                        : messages.get("timetable.day", weekday, day.date()));
                for (ClassWeek.Entry e : day.lessons()) {
                    out.println(line(messages, e, rooms.get(day.date() + "/" + e.period() + "/" + e.journal())));
                }
            }
        }
        return 0;
    }

    private static String line(Messages messages, ClassWeek.Entry e, String room) {
        StringBuilder line = new StringBuilder(messages.get("timetable.lesson", e.period() == null ? "-" : e.period(),
                Times.of(e.starts(), e.ends()), e.subject(), e.teacher(), room == null ? "-" : room,
                messages.get("lesson.kind." + e.type().name())));
        if (e.notHeldReason() != null) {
            line.append(messages.get("timetable.reason", e.notHeldReason()));
        }
        if (e.topic() != null) {
            line.append(messages.get("timetable.topic", e.topic()));
        }
        if (e.homework() != null) {
            line.append(messages.get("timetable.homework", e.homework()));
        }
        return line.toString();
    }

    /** The room of each lesson the timetable plans that week, by "date/period/journal name". */
    private static Map<String, String> rooms(Services services, ClassWeek week) {
        Map<UUID, String> names = new HashMap<>();
        services.classRepository().journals(services.year().id()).forEach(j -> names.put(j.id(), j.name()));
        Map<String, String> rooms = new HashMap<>();
        services.timetableRepository().planner(services.year().id())
                .lessons(new DateRange(week.monday(), week.monday().plusDays(6)))
                .forEach(p -> rooms.put(p.date() + "/" + p.period() + "/" + names.get(p.journalId()), p.room()));
        return rooms;
    }
}
