package lv.klade.demo;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Random;
import java.util.random.RandomGenerator;

/** Plans a demo school: the same size and seed always give an equal {@link DemoPlan}. */
public final class DemoPlanner {
    /** The school year 2026/27. */
    static final int SCHOOL_YEAR_START = 2026;

    private DemoPlanner() {
    }

    /**
     * Plans a school of about {@code students} students (within 5% for 500 or more; at least 240,
     * as every one of the 12 forms has a class of 20–30).
     *
     * @param seed every random choice comes from a generator seeded with this, and from nothing else
     */
    public static DemoPlan plan(int students, long seed) {
        if (students <= 0) {
            throw new IllegalArgumentException("a demo school needs students, not " + students);
        }
        RandomGenerator random = new Random(seed);
        DemoData data = DemoData.get();
        List<ClassLayout.Planned> layout = ClassLayout.layout(students, random);
        List<Integer> programmes = programmes(data, layout);
        PersonFactory people = new PersonFactory(data, random, SCHOOL_YEAR_START);
        List<DemoPlan.Student> studentList = students(layout, people);
        List<DemoPlan.SchoolClass> untutored = classes(layout, programmes, List.of());
        TeachingPlan teaching = TeachingPlan.of(data, random, untutored, studentList);
        StaffPlanner.Staffing staffing = new StaffPlanner(data, people, teaching, layout, studentList.size()).plan();
        return new DemoPlan(school(data.school()), SCHOOL_YEAR_START, data.programmes(), teaching.subjects(),
                classes(layout, programmes, staffing.tutors()), staffing.staff(), studentList,
                teaching.groups(), staffing.journals());
    }

    /** Each class's programme: the first that covers its form, taking turns where several do ("10.a", "10.b"). */
    private static List<Integer> programmes(DemoData data, List<ClassLayout.Planned> layout) {
        List<Integer> programmes = new ArrayList<>(layout.size());
        for (ClassLayout.Planned planned : layout) {
            List<Integer> fitting = new ArrayList<>();
            for (int p = 0; p < data.programmes().size(); p++) {
                DemoPlan.Programme programme = data.programmes().get(p);
                if (programme.firstForm() <= planned.form() && planned.form() <= programme.lastForm()) {
                    fitting.add(p);
                }
            }
            int turn = planned.letter().charAt(0) - 'a';
            programmes.add(fitting.get(turn % fitting.size()));
        }
        return programmes;
    }

    /** Class by class, each class's students in alphabetical order, as in a journal. */
    private static List<DemoPlan.Student> students(List<ClassLayout.Planned> layout, PersonFactory people) {
        // A Collator is not thread-safe, so each plan gets its own.
        Comparator<DemoPlan.Student> byName = byName();
        List<DemoPlan.Student> students = new ArrayList<>();
        for (int c = 0; c < layout.size(); c++) {
            List<DemoPlan.Student> members = new ArrayList<>();
            for (int i = 0; i < layout.get(c).size(); i++) {
                members.add(people.student(c, layout.get(c).form()));
            }
            members.sort(byName);
            students.addAll(members);
        }
        return students;
    }

    /** The classes; {@code tutors} may be empty while they are not yet chosen (then -1). */
    private static List<DemoPlan.SchoolClass> classes(List<ClassLayout.Planned> layout, List<Integer> programmes,
                                                      List<Integer> tutors) {
        List<DemoPlan.SchoolClass> classes = new ArrayList<>(layout.size());
        for (int c = 0; c < layout.size(); c++) {
            ClassLayout.Planned planned = layout.get(c);
            int tutor = tutors.isEmpty() ? -1 : tutors.get(c);
            classes.add(new DemoPlan.SchoolClass(planned.name(), planned.form(), planned.letter(), programmes.get(c), tutor));
        }
        return classes;
    }

    private static DemoPlan.School school(Properties school) {
        DemoPlan.Address address = new DemoPlan.Address(
                school.getProperty("street"), school.getProperty("town"), school.getProperty("postalCode"));
        return new DemoPlan.School(school.getProperty("name"), school.getProperty("registrationNumber"), address,
                school.getProperty("phone"), "info@" + school.getProperty("emailDomain"));
    }

    private static Comparator<DemoPlan.Student> byName() {
        Collator latvian = Collator.getInstance(Locale.of("lv"));
        return Comparator.comparing(DemoPlan.Student::lastName, latvian)
                .thenComparing(DemoPlan.Student::firstName, latvian)
                .thenComparing(DemoPlan.Student::birthDate);
    }
}
