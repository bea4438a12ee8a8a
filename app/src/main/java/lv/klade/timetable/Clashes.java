package lv.klade.timetable;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Finds a slot booked twice: the same weekday and period, in versions valid on a common day, with
 * the same teacher, the same room, the same class, or a student reached by both journals. A class's
 * own journal clashes with any journal of one of its groups; groups of one class clash only when
 * they share a student. Only pairs with a new entry are checked, so an old clash never blocks a save.
 */
final class Clashes {

    /** An entry with the validity of its version. */
    record Booking(TimetableEntry entry, TimetableVersion version) {
    }

    enum Kind { TEACHER, ROOM, CLASS, STUDENT }

    /** What is booked twice: {@code subject} is the teacher's or student's key, or the room. */
    record Clash(Kind kind, Booking first, Booking second, Object subject) {
    }

    private record Slot(DayOfWeek weekday, int period) {
    }

    private Clashes() {
    }

    static Optional<Clash> find(List<Booking> existing, List<Booking> added, Map<UUID, JournalTarget> targets) {
        Map<Slot, List<Booking>> old = bySlot(existing);
        Map<Slot, List<Booking>> fresh = bySlot(added);
        for (Map.Entry<Slot, List<Booking>> slot : fresh.entrySet()) {
            List<Booking> news = slot.getValue();
            List<Booking> olds = old.getOrDefault(slot.getKey(), List.of());
            for (int i = 0; i < news.size(); i++) {
                for (Booking other : olds) {
                    Optional<Clash> clash = between(other, news.get(i), targets);
                    if (clash.isPresent()) {
                        return clash;
                    }
                }
                for (int j = 0; j < i; j++) {
                    Optional<Clash> clash = between(news.get(j), news.get(i), targets);
                    if (clash.isPresent()) {
                        return clash;
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static Map<Slot, List<Booking>> bySlot(List<Booking> bookings) {
        Map<Slot, List<Booking>> slots = new HashMap<>();
        for (Booking b : bookings) {
            slots.computeIfAbsent(new Slot(b.entry().weekday(), b.entry().period()), k -> new ArrayList<>()).add(b);
        }
        return slots;
    }

    private static Optional<Clash> between(Booking a, Booking b, Map<UUID, JournalTarget> targets) {
        if (!a.version().validity().overlaps(b.version().validity())) {
            return Optional.empty();
        }
        if (a.entry().teacherId().equals(b.entry().teacherId())) {
            return Optional.of(new Clash(Kind.TEACHER, a, b, a.entry().teacherId()));
        }
        String roomA = room(a);
        if (roomA != null && roomA.equals(room(b))) {
            return Optional.of(new Clash(Kind.ROOM, a, b, a.entry().room().strip()));
        }
        JournalTarget ta = targets.get(a.entry().journalId());
        JournalTarget tb = targets.get(b.entry().journalId());
        if (sameClass(ta, tb)) {
            return Optional.of(new Clash(Kind.CLASS, a, b, ta.ownerClass()));
        }
        return ta.students().stream().filter(tb.students()::contains).findFirst()
                .map(student -> new Clash(Kind.STUDENT, a, b, student));
    }

    /** Both teach one class, and at least one of them teaches all of it. */
    private static boolean sameClass(JournalTarget a, JournalTarget b) {
        if (a.id().equals(b.id())) {
            return true;
        }
        boolean aWhole = a.classId() != null;
        boolean bWhole = b.classId() != null;
        return (aWhole || bWhole) && a.ownerClass() != null && a.ownerClass().equals(b.ownerClass());
    }

    private static String room(Booking b) {
        String room = b.entry().room();
        return room == null || room.isBlank() ? null : room.strip().toLowerCase(Locale.ROOT);
    }
}
