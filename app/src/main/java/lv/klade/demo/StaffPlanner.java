package lv.klade.demo;

import lv.klade.people.Gender;
import lv.klade.people.Role;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Chooses the staff: the office (administrator, registrar, deputies, accompanists) and enough
 * subject teachers for about one per 12.5 students, shared among departments in proportion to
 * their journals. Each teacher takes a run of consecutive classes in their department, so they
 * teach their subjects across several classes; each class's tutor is a teacher who teaches it.
 */
final class StaffPlanner {
    static final String ADMIN = "admin";
    static final String REGISTRAR = "lietvedis";
    static final String DEPUTY = "vietnieks";
    static final String TUTOR_OF_7A = "audzinataja";
    static final String TEACHER = "skolotajs";
    static final String ACCOMPANIST = "koncertmeistars";
    private static final String TUTORS_CLASS = "7.a";
    private static final double STUDENTS_PER_STAFF = 12.5;

    /** The staff, each class's tutor (an index into {@code staff}) and the journals with their teachers. */
    record Staffing(List<DemoPlan.Staff> staff, List<Integer> tutors, List<DemoPlan.Journal> journals) {
    }

    /** A person to be made: their roles, the gender their demo login calls for (or null), their login if fixed. */
    private record Post(EnumSet<Role> roles, Gender gender, String login, List<Integer> subjects) {
    }

    private final DemoData data;
    private final PersonFactory people;
    private final TeachingPlan teaching;
    private final List<ClassLayout.Planned> classes;
    private final int students;

    StaffPlanner(DemoData data, PersonFactory people, TeachingPlan teaching,
                 List<ClassLayout.Planned> classes, int students) {
        this.data = data;
        this.people = people;
        this.teaching = teaching;
        this.classes = classes;
        this.students = students;
    }

    Staffing plan() {
        List<Post> office = office();
        int wanted = Math.max((int) Math.round(students / STUDENTS_PER_STAFF), classes.size() + 8);
        TeacherAssignment assignment = TeacherAssignment.of(data, teaching, wanted - office.size());
        int[] tutorSlots = tutors(assignment);
        List<Post> posts = new ArrayList<>(office);
        posts.addAll(teacherPosts(assignment, tutorSlots));
        List<DemoPlan.Staff> staff = staff(posts);
        List<Integer> tutors = IntStream.of(tutorSlots).map(slot -> slot + office.size()).boxed().toList();
        int accompanists = (int) office.stream().filter(p -> p.roles().contains(Role.ACCOMPANIST)).count();
        return new Staffing(staff, tutors, journals(assignment, tutors, office.size() - accompanists, accompanists));
    }

    private List<Post> office() {
        List<Post> office = new ArrayList<>();
        office.add(new Post(EnumSet.of(Role.ADMINISTRATOR), null, ADMIN, List.of()));
        office.add(new Post(EnumSet.of(Role.REGISTRAR), Gender.M, REGISTRAR, List.of()));
        office.add(new Post(EnumSet.of(Role.DEPUTY_DIRECTOR), Gender.M, DEPUTY, List.of()));
        if (students >= 500) {
            office.add(new Post(EnumSet.of(Role.DEPUTY_DIRECTOR), null, null, List.of()));
        }
        office.add(new Post(EnumSet.of(Role.ACCOMPANIST), Gender.M, ACCOMPANIST, List.of()));
        if (students >= 1000) {
            office.add(new Post(EnumSet.of(Role.ACCOMPANIST), null, null, List.of()));
        }
        return office;
    }

    /** For each class in turn, the teacher who teaches it most and tutors no other class yet. */
    private int[] tutors(TeacherAssignment assignment) {
        int[][] taught = new int[classes.size()][assignment.teachers()];
        List<TeachingPlan.Draft> drafts = teaching.drafts();
        for (int d = 0; d < drafts.size(); d++) {
            if (assignment.slot(d) >= 0 && drafts.get(d).classes().size() == 1) {
                taught[drafts.get(d).classes().getFirst()][assignment.slot(d)]++;
            }
        }
        boolean[] tutoring = new boolean[assignment.teachers()];
        int[] tutors = new int[classes.size()];
        for (int c = 0; c < classes.size(); c++) {
            int best = -1;
            for (int slot = 0; slot < tutoring.length; slot++) {
                if (!tutoring[slot] && (best < 0 || taught[c][slot] > taught[c][best])) {
                    best = slot;
                }
            }
            tutoring[best] = true;
            tutors[c] = best;
        }
        return tutors;
    }

    private List<Post> teacherPosts(TeacherAssignment assignment, int[] tutorSlots) {
        List<Integer> tutorList = IntStream.of(tutorSlots).boxed().toList();
        List<Post> posts = new ArrayList<>();
        boolean plainTeacherNamed = false;
        for (int slot = 0; slot < assignment.teachers(); slot++) {
            int tutored = tutorList.indexOf(slot);
            EnumSet<Role> roles = EnumSet.of(Role.SUBJECT_TEACHER);
            Gender gender = null;
            String login = null;
            if (tutored >= 0) {
                roles.add(Role.CLASS_TUTOR);
                if (classes.get(tutored).name().equals(TUTORS_CLASS)) {
                    gender = Gender.F;
                    login = TUTOR_OF_7A;
                }
            } else if (!plainTeacherNamed) {
                plainTeacherNamed = true;
                gender = Gender.M;
                login = TEACHER;
            }
            posts.add(new Post(roles, gender, login, assignment.subjects(slot)));
        }
        return posts;
    }

    private List<DemoPlan.Staff> staff(List<Post> posts) {
        Set<String> logins = new HashSet<>();
        posts.stream().map(Post::login).filter(Objects::nonNull).forEach(logins::add);
        Set<String> emails = new HashSet<>();
        String domain = "@" + data.school().getProperty("emailDomain");
        List<DemoPlan.Staff> staff = new ArrayList<>(posts.size());
        for (Post post : posts) {
            boolean teaches = post.roles().contains(Role.SUBJECT_TEACHER);
            Gender gender = post.gender() != null ? post.gender() : people.gender(teaches ? 85 : 60);
            String first = people.firstName(gender);
            String last = people.surname().forGender(gender);
            String login = post.login() != null ? post.login()
                    : unique(Ascii.of(first.substring(0, 1) + last).toLowerCase(), "", logins);
            String email = unique(Ascii.of(first + "." + last).toLowerCase(), domain, emails);
            LocalDate birthDate = people.adultBirthDate();
            staff.add(new DemoPlan.Staff(first, last, gender, birthDate, people.serial(birthDate), login, email,
                    people.mobile(), List.copyOf(post.roles()), post.subjects()));
        }
        return staff;
    }

    /** {@code base + suffix}, or with 2, 3, … after the base when that is taken. */
    private static String unique(String base, String suffix, Set<String> taken) {
        String candidate = base + suffix;
        for (int n = 2; !taken.add(candidate); n++) {
            candidate = base + n + suffix;
        }
        return candidate;
    }

    private List<DemoPlan.Journal> journals(TeacherAssignment assignment, List<Integer> tutors,
                                            int firstAccompanist, int accompanists) {
        List<String> accompanied = List.of(data.school().getProperty("accompanied").split(";"));
        int upToForm = Integer.parseInt(data.school().getProperty("accompaniedUpToForm"));
        int officeSize = firstAccompanist + accompanists;
        int nextAccompanist = 0;
        List<DemoPlan.Journal> journals = new ArrayList<>();
        List<TeachingPlan.Draft> drafts = teaching.drafts();
        for (int d = 0; d < drafts.size(); d++) {
            TeachingPlan.Draft draft = drafts.get(d);
            List<Integer> teachers = new ArrayList<>(2);
            teachers.add(draft.byTutor() ? tutors.get(draft.classes().getFirst()) : officeSize + assignment.slot(d));
            if (accompanied.contains(teaching.subjectName(draft.subject())) && draft.form() <= upToForm) {
                teachers.add(firstAccompanist + nextAccompanist++ % accompanists);
            }
            journals.add(new DemoPlan.Journal(draft.name(), draft.kind(), draft.subject(), draft.audience(), teachers,
                    draft.lessonsPerWeek()));
        }
        return journals;
    }
}
