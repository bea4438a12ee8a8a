package lv.klade.demo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import lv.klade.school.JournalKind;

/**
 * The demo school's rooms and which are booked in each slot of the week. Every class has its home
 * room ("101"… for forms 1–4, "201"… for 5–9, "301"… for 10–12); sport goes to the gyms, computing
 * to the computer rooms, the choir and dances to the halls, and the other groups to the small rooms
 * "401"…; each pool is big enough for the school's lessons of its kind.
 */
final class DemoRooms {
    private enum Kind { HOME, GYM, COMPUTERS, HALL, SMALL }

    private static final Set<String> GYM_SUBJECTS = Set.of("Sports un veselība", "Basketbols");
    private static final Set<String> COMPUTER_SUBJECTS = Set.of("Datorika", "Programmēšana I", "Robotika");
    private static final Set<String> HALL_SUBJECTS = Set.of("Koris", "Tautas dejas");
    /** Lessons a week one room can take, leaving the scheduler some choice. */
    private static final int PER_ROOM = 24;

    private final DemoPlan plan;
    private final List<String> homes = new ArrayList<>();
    private final Map<Kind, List<String>> pools = new HashMap<>();
    private final Map<String, boolean[]> booked = new HashMap<>();

    DemoRooms(DemoPlan plan) {
        this.plan = plan;
        int[] perRange = new int[3];
        for (DemoPlan.SchoolClass c : plan.classes()) {
            int range = c.form() <= 4 ? 0 : c.form() <= 9 ? 1 : 2;
            homes.add(String.format("%d%02d", range + 1, ++perRange[range]));
        }
        int[] hours = new int[Kind.values().length];
        for (DemoPlan.Journal j : plan.journals()) {
            Kind kind = kind(j);
            boolean group = j.audience() instanceof DemoPlan.InGroup;
            hours[(kind == Kind.HOME && group ? Kind.SMALL : kind).ordinal()] += j.lessonsPerWeek();
        }
        pools.put(Kind.GYM, names(List.of("Sporta zāle", "Mazā sporta zāle"), "Sporta zāle ", need(hours, Kind.GYM)));
        pools.put(Kind.COMPUTERS, names(List.of(), "Datorklase ", need(hours, Kind.COMPUTERS)));
        pools.put(Kind.HALL, names(List.of("Aktu zāle", "Deju zāle"), "Zāle ", need(hours, Kind.HALL)));
        List<String> small = new ArrayList<>();
        for (int i = 1; i <= need(hours, Kind.SMALL) + 2; i++) {
            small.add(String.format("4%02d", i));
        }
        pools.put(Kind.SMALL, small);
    }

    /**
     * A free room for each journal of a unit taught in {@code slot}, in order, or null when one has
     * none. A class's first journal takes its home room when it needs no special room.
     */
    List<String> free(List<Integer> journals, int schoolClass, int slot) {
        List<String> chosen = new ArrayList<>(journals.size());
        Set<String> taken = new HashSet<>();
        for (int i = 0; i < journals.size(); i++) {
            Kind kind = kind(plan.journals().get(journals.get(i)));
            List<String> candidates = kind == Kind.HOME && schoolClass >= 0 && i == 0 ? List.of(homes.get(schoolClass))
                    : pools.get(kind == Kind.HOME ? Kind.SMALL : kind);
            String room = candidates.stream().filter(r -> !taken.contains(r) && !isBooked(r, slot)).findFirst()
                    .orElse(null);
            if (room == null) {
                return null;
            }
            taken.add(room);
            chosen.add(room);
        }
        return chosen;
    }

    void book(String room, int slot) {
        booked.computeIfAbsent(room, r -> new boolean[DemoTimetable.DAYS * DemoTimetable.PERIODS])[slot] = true;
    }

    private boolean isBooked(String room, int slot) {
        boolean[] slots = booked.get(room);
        return slots != null && slots[slot];
    }

    private Kind kind(DemoPlan.Journal journal) {
        String subject = plan.subjects().get(journal.subject()).name();
        if (GYM_SUBJECTS.contains(subject)) {
            return Kind.GYM;
        }
        if (COMPUTER_SUBJECTS.contains(subject)) {
            return Kind.COMPUTERS;
        }
        if (HALL_SUBJECTS.contains(subject)) {
            return Kind.HALL;
        }
        return journal.kind() == JournalKind.SUBJECT ? Kind.HOME : Kind.SMALL;
    }

    private static int need(int[] hours, Kind kind) {
        return Math.max(1, (hours[kind.ordinal()] + PER_ROOM - 1) / PER_ROOM);
    }

    private static List<String> names(List<String> first, String prefix, int count) {
        List<String> names = new ArrayList<>(first);
        for (int i = names.size() + 1; names.size() < Math.max(count, first.size()); i++) {
            names.add(prefix + i);
        }
        return names;
    }
}
