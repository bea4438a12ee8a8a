package lv.klade.demo;

import lv.klade.people.Gender;
import lv.klade.school.JournalKind;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * What is taught to whom, before anyone is chosen to teach it: the subject catalogue, the groups
 * (class splits and combined groups) and one draft journal per subject × class or group.
 */
final class TeachingPlan {

    /**
     * A journal still without teachers; {@code form} is the (first) form it serves, {@code byTutor} a
     * class lesson, {@code lessonsPerWeek} what the timetable gives it.
     */
    record Draft(String name, JournalKind kind, int subject, DemoPlan.Audience audience, int form,
                 List<Integer> classes, boolean byTutor, int lessonsPerWeek) {
    }

    private final DemoData data;
    private final RandomGenerator random;
    private final List<DemoPlan.SchoolClass> classes;
    private final List<DemoPlan.Student> students;
    private final List<List<Integer>> studentsByClass;
    private final Map<String, Integer> subjectIndex = new LinkedHashMap<>();
    private final List<DemoPlan.Subject> subjects = new ArrayList<>();
    private final List<DemoPlan.Group> groups = new ArrayList<>();
    private final List<Draft> drafts = new ArrayList<>();

    private TeachingPlan(DemoData data, RandomGenerator random, List<DemoPlan.SchoolClass> classes,
                         List<DemoPlan.Student> students) {
        this.data = data;
        this.random = random;
        this.classes = classes;
        this.students = students;
        this.studentsByClass = new ArrayList<>();
        classes.forEach(c -> studentsByClass.add(new ArrayList<>()));
        for (int i = 0; i < students.size(); i++) {
            studentsByClass.get(students.get(i).schoolClass()).add(i);
        }
    }

    /** Plans the teaching of {@code classes}, whose tutors are not yet known. */
    static TeachingPlan of(DemoData data, RandomGenerator random, List<DemoPlan.SchoolClass> classes,
                           List<DemoPlan.Student> students) {
        TeachingPlan plan = new TeachingPlan(data, random, classes, students);
        data.curriculum().forEach(course -> plan.subject(course.subject(), course.shortName()));
        data.activities().forEach(activity -> plan.subject(activity.subject(), activity.shortName()));
        for (int c = 0; c < classes.size(); c++) {
            plan.planClass(c);
        }
        data.activities().forEach(plan::planActivity);
        return plan;
    }

    List<DemoPlan.Subject> subjects() {
        return subjects;
    }

    List<DemoPlan.Group> groups() {
        return groups;
    }

    List<Draft> drafts() {
        return drafts;
    }

    String subjectName(int subject) {
        return subjects.get(subject).name();
    }

    private int subject(String name, String shortName) {
        return subjectIndex.computeIfAbsent(name, n -> {
            subjects.add(new DemoPlan.Subject(name, shortName));
            return subjects.size() - 1;
        });
    }

    private void planClass(int c) {
        DemoPlan.SchoolClass schoolClass = classes.get(c);
        String programme = data.programmes().get(schoolClass.programme()).code();
        List<DemoData.Course> splits = new ArrayList<>();
        for (DemoData.Course course : data.curriculum()) {
            if (!course.appliesTo(schoolClass.form(), programme)) {
                continue;
            }
            switch (course.take()) {
                case CLASS -> wholeClass(c, course, false);
                case TUTOR -> wholeClass(c, course, true);
                case BY_GENDER -> byGender(c, course);
                case SPLIT -> splits.add(course);
            }
        }
        if (!splits.isEmpty()) {
            split(c, splits);
        }
    }

    private void wholeClass(int c, DemoData.Course course, boolean byTutor) {
        DemoPlan.SchoolClass schoolClass = classes.get(c);
        drafts.add(new Draft(schoolClass.name() + " " + course.subject(), JournalKind.SUBJECT,
                subjectIndex.get(course.subject()), new DemoPlan.WholeClass(c), schoolClass.form(),
                List.of(c), byTutor, data.lessonsPerWeek(course.subject(), schoolClass.form())));
    }

    /** Shares the class at random among the split subjects (one foreign language each), in near-equal parts. */
    private void split(int c, List<DemoData.Course> splits) {
        List<Integer> shuffled = new ArrayList<>(studentsByClass.get(c));
        Collections.shuffle(shuffled, random);
        int parts = splits.size();
        for (int p = 0; p < parts; p++) {
            int from = shuffled.size() * p / parts;
            int to = shuffled.size() * (p + 1) / parts;
            classGroup(c, splits.get(p), "", shuffled.subList(from, to));
        }
    }

    private void byGender(int c, DemoData.Course course) {
        for (Gender gender : Gender.values()) {
            List<Integer> members = studentsByClass.get(c).stream()
                    .filter(s -> students.get(s).gender() == gender).toList();
            if (!members.isEmpty()) {
                String suffix = " " + data.school().getProperty(gender == Gender.M ? "boysSuffix" : "girlsSuffix");
                classGroup(c, course, suffix, members);
            }
        }
    }

    private void classGroup(int c, DemoData.Course course, String suffix, List<Integer> members) {
        DemoPlan.SchoolClass schoolClass = classes.get(c);
        String name = schoolClass.name() + " " + course.subject() + suffix;
        groups.add(new DemoPlan.Group(name, List.of(c), members.stream().sorted().toList()));
        drafts.add(new Draft(name, JournalKind.SUBJECT, subjectIndex.get(course.subject()),
                new DemoPlan.InGroup(groups.size() - 1), schoolClass.form(), List.of(c), false,
                data.lessonsPerWeek(course.subject(), schoolClass.form())));
    }

    /** Combined groups from several classes; where there are several, their members do not overlap. */
    private void planActivity(DemoData.Activity activity) {
        List<Integer> eligible = new ArrayList<>();
        for (int s = 0; s < students.size(); s++) {
            if (activity.forms().contains(classes.get(students.get(s).schoolClass()).form())) {
                eligible.add(s);
            }
        }
        Collections.shuffle(eligible, random);
        int count = Math.max(1, Math.round(students.size() * activity.groupsPer600() / 600f));
        for (int g = 0; g < count && g * activity.members() < eligible.size(); g++) {
            int to = Math.min(eligible.size(), (g + 1) * activity.members());
            List<Integer> members = eligible.subList(g * activity.members(), to).stream().sorted().toList();
            String name = count == 1 ? activity.name() : activity.name() + " " + (g + 1);
            combinedGroup(activity, name, members);
        }
    }

    private void combinedGroup(DemoData.Activity activity, String name, List<Integer> members) {
        List<Integer> from = members.stream().map(s -> students.get(s).schoolClass()).distinct().sorted().toList();
        groups.add(new DemoPlan.Group(name, from, members));
        drafts.add(new Draft(name, activity.kind(), subjectIndex.get(activity.subject()),
                new DemoPlan.InGroup(groups.size() - 1), activity.forms().first(), from, false,
                activity.lessonsPerWeek()));
    }
}
