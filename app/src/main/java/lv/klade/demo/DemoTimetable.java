package lv.klade.demo;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;
import lv.klade.school.JournalKind;

/**
 * Plans the demo's weekly timetable with a greedy scheduler: no teacher, room, class or student
 * (through their groups) is booked twice in a slot, as the timetable service demands. The groups a
 * class is split into (languages, boys and girls in sport) are taught side by side in one slot;
 * combined groups (electives, interest education, after-school groups) go to late periods. An hour
 * that finds no free slot is dropped and counted, never forced. The same plan and seed give the same
 * timetable.
 */
final class DemoTimetable {
    static final int DAYS = 5;
    static final int PERIODS = 8;
    private static final int SLOTS = DAYS * PERIODS;

    /** One weekly lesson: indices into the plan's journals and staff; {@code period} counts from 1. */
    record Slot(DayOfWeek weekday, int period, int journal, int teacher, String room) {
    }

    /** The timetable's lessons, and how many of the planned lessons a week found no slot. */
    record Result(List<Slot> slots, int plannedHours, int droppedHours) {
        int placedHours() {
            return plannedHours - droppedHours;
        }
    }

    /** Journals taught together in one slot (one, or the groups a class is split into), with their period range. */
    private record Unit(List<Integer> journals, int hours, int schoolClass, boolean wholeClass, int firstPeriod,
                        int lastPeriod, int[] students) {
    }

    private final DemoPlan plan;
    private final RandomGenerator random;
    private final DemoRooms rooms;
    private final boolean[][] teacherBusy;
    private final boolean[][] studentBusy;
    private final boolean[][] classWhole;
    private final boolean[][] classPart;
    private final int[][] classLoad;
    private final List<Slot> placed = new ArrayList<>();

    private DemoTimetable(DemoPlan plan, RandomGenerator random) {
        this.plan = plan;
        this.random = random;
        this.rooms = new DemoRooms(plan);
        this.teacherBusy = new boolean[plan.staff().size()][SLOTS];
        this.studentBusy = new boolean[plan.students().size()][SLOTS];
        this.classWhole = new boolean[plan.classes().size()][SLOTS];
        this.classPart = new boolean[plan.classes().size()][SLOTS];
        this.classLoad = new int[plan.classes().size()][DAYS];
    }

    static Result plan(DemoPlan plan, RandomGenerator random) {
        return new DemoTimetable(plan, random).schedule();
    }

    private Result schedule() {
        List<Unit> units = units();
        int planned = 0;
        int dropped = 0;
        for (Unit unit : units) {
            planned += unit.hours() * unit.journals().size();
            int[] perDay = new int[DAYS];
            for (int h = 0; h < unit.hours(); h++) {
                if (!placeOnce(unit, perDay)) {
                    dropped += (unit.hours() - h) * unit.journals().size();
                    break;
                }
            }
        }
        placed.sort(Comparator.comparing(Slot::weekday).thenComparingInt(Slot::period).thenComparingInt(Slot::journal));
        return new Result(List.copyOf(placed), planned, dropped);
    }

    /**
     * The units in the order they are placed: class lessons first, those with most lessons a week
     * first (shuffled among equals, so the seed shapes the timetable), then the combined groups.
     */
    private List<Unit> units() {
        Set<String> split = DemoData.get().curriculum().stream().filter(c -> c.take() == DemoData.Take.SPLIT)
                .map(DemoData.Course::subject).collect(Collectors.toSet());
        Map<String, List<Integer>> bundles = new LinkedHashMap<>();
        List<Unit> classUnits = new ArrayList<>();
        List<Unit> combined = new ArrayList<>();
        for (int j = 0; j < plan.journals().size(); j++) {
            DemoPlan.Journal journal = plan.journals().get(j);
            switch (journal.audience()) {
                case DemoPlan.WholeClass whole -> classUnits.add(classUnit(List.of(j), whole.schoolClass(), true));
                case DemoPlan.InGroup in -> {
                    DemoPlan.Group group = plan.groups().get(in.group());
                    if (group.classes().size() == 1 && journal.kind() == JournalKind.SUBJECT) {
                        String subject = plan.subjects().get(journal.subject()).name();
                        String key = group.classes().getFirst() + "/" + journal.lessonsPerWeek() + "/"
                                + (split.contains(subject) ? "split" : subject);
                        bundles.computeIfAbsent(key, k -> new ArrayList<>()).add(j);
                    } else {
                        combined.add(combinedUnit(j, group));
                    }
                }
            }
        }
        for (List<Integer> bundle : bundles.values()) {
            int schoolClass = plan.groups().get(((DemoPlan.InGroup) plan.journals().get(bundle.getFirst()).audience())
                    .group()).classes().getFirst();
            // A teacher who teaches two groups of a bundle cannot teach them side by side.
            if (bundle.stream().map(this::teacherOf).distinct().count() == bundle.size()) {
                classUnits.add(classUnit(bundle, schoolClass, false));
            } else {
                bundle.forEach(j -> classUnits.add(classUnit(List.of(j), schoolClass, false)));
            }
        }
        Collections.shuffle(classUnits, random);
        classUnits.sort(Comparator.comparingInt(Unit::hours).reversed());
        Collections.shuffle(combined, random);
        List<Unit> all = new ArrayList<>(classUnits);
        all.addAll(combined);
        return all;
    }

    private Unit classUnit(List<Integer> journals, int schoolClass, boolean whole) {
        int form = plan.classes().get(schoolClass).form();
        int last = form <= 4 ? 6 : form <= 9 ? 7 : PERIODS;
        Set<Integer> students = new HashSet<>();
        for (int j : journals) {
            students.addAll(studentsOf(plan.journals().get(j)));
        }
        return new Unit(journals, plan.journals().get(journals.getFirst()).lessonsPerWeek(), schoolClass, whole, 1,
                last, students.stream().mapToInt(Integer::intValue).sorted().toArray());
    }

    private Unit combinedUnit(int journal, DemoPlan.Group group) {
        JournalKind kind = plan.journals().get(journal).kind();
        int first = kind == JournalKind.AFTER_SCHOOL_GROUP || kind == JournalKind.INDIVIDUAL_WORK ? 5 : 6;
        return new Unit(List.of(journal), plan.journals().get(journal).lessonsPerWeek(), -1, false, first, PERIODS,
                group.students().stream().mapToInt(Integer::intValue).toArray());
    }

    private List<Integer> studentsOf(DemoPlan.Journal journal) {
        return switch (journal.audience()) {
            case DemoPlan.InGroup in -> plan.groups().get(in.group()).students();
            case DemoPlan.WholeClass whole -> {
                List<Integer> members = new ArrayList<>();
                for (int s = 0; s < plan.students().size(); s++) {
                    if (plan.students().get(s).schoolClass() == whole.schoolClass()) {
                        members.add(s);
                    }
                }
                yield members;
            }
        };
    }

    /** Books the unit's best free slot; false when none is free. */
    private boolean placeOnce(Unit unit, int[] perDay) {
        int best = -1;
        long bestScore = Long.MAX_VALUE;
        List<String> bestRooms = null;
        int dayOffset = random.nextInt(DAYS);
        for (int d = 0; d < DAYS; d++) {
            int day = (d + dayOffset) % DAYS;
            for (int period = unit.firstPeriod(); period <= unit.lastPeriod(); period++) {
                int slot = day * PERIODS + period - 1;
                if (!free(unit, slot)) {
                    continue;
                }
                List<String> chosen = rooms.free(unit.journals(), unit.schoolClass(), slot);
                if (chosen == null) {
                    continue;
                }
                long score = score(unit, perDay, day, period) * DAYS + d;
                if (score < bestScore) {
                    bestScore = score;
                    best = slot;
                    bestRooms = chosen;
                }
            }
        }
        if (best < 0) {
            return false;
        }
        book(unit, best, bestRooms);
        perDay[best / PERIODS]++;
        return true;
    }

    /** Lower is better: spread a subject over the week, keep a class's day without holes, balance its days. */
    private long score(Unit unit, int[] perDay, int day, int period) {
        long spread = perDay[day] * 10_000L;
        if (unit.schoolClass() < 0) {
            return spread + period * 10L;
        }
        int holes = 0;
        for (int p = 1; p < period; p++) {
            if (!classWhole[unit.schoolClass()][day * PERIODS + p - 1]
                    && !classPart[unit.schoolClass()][day * PERIODS + p - 1]) {
                holes++;
            }
        }
        return spread + holes * 1_000L + classLoad[unit.schoolClass()][day] * 10L + period;
    }

    private boolean free(Unit unit, int slot) {
        for (int j : unit.journals()) {
            if (teacherBusy[teacherOf(j)][slot]) {
                return false;
            }
        }
        int c = unit.schoolClass();
        if (c >= 0 && (classWhole[c][slot] || unit.wholeClass() && classPart[c][slot])) {
            return false;
        }
        for (int s : unit.students()) {
            if (studentBusy[s][slot]) {
                return false;
            }
        }
        return true;
    }

    private void book(Unit unit, int slot, List<String> chosenRooms) {
        DayOfWeek weekday = DayOfWeek.of(slot / PERIODS + 1);
        int period = slot % PERIODS + 1;
        for (int i = 0; i < unit.journals().size(); i++) {
            int j = unit.journals().get(i);
            teacherBusy[teacherOf(j)][slot] = true;
            rooms.book(chosenRooms.get(i), slot);
            placed.add(new Slot(weekday, period, j, teacherOf(j), chosenRooms.get(i)));
        }
        for (int s : unit.students()) {
            studentBusy[s][slot] = true;
        }
        if (unit.schoolClass() >= 0) {
            (unit.wholeClass() ? classWhole : classPart)[unit.schoolClass()][slot] = true;
            classLoad[unit.schoolClass()][slot / PERIODS]++;
        }
    }

    private int teacherOf(int journal) {
        return plan.journals().get(journal).teachers().getFirst();
    }
}
