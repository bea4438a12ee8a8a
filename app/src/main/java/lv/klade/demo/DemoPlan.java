package lv.klade.demo;

import lv.klade.people.Gender;
import lv.klade.people.Role;
import lv.klade.school.JournalKind;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A whole demo school for one school year, as plain data.
 *
 * <p>Entities refer to each other by their position in this plan's lists: a class's {@code tutor}
 * is an index into {@link #staff()}, a group's {@code students} are indices into
 * {@link #students()}, a journal's {@code subject} is an index into {@link #subjects()}, and so on.
 * Every list is in a stable order, so the same seed and size always give an equal plan.
 *
 * @param schoolYearStart the calendar year in which the school year starts on 1 September (2026 for 2026/27)
 */
public record DemoPlan(
        School school,
        int schoolYearStart,
        List<Programme> programmes,
        List<Subject> subjects,
        List<SchoolClass> classes,
        List<Staff> staff,
        List<Student> students,
        List<Group> groups,
        List<Journal> journals) {

    public DemoPlan {
        programmes = List.copyOf(programmes);
        subjects = List.copyOf(subjects);
        classes = List.copyOf(classes);
        staff = List.copyOf(staff);
        students = List.copyOf(students);
        groups = List.copyOf(groups);
        journals = List.copyOf(journals);
    }

    /** The form whose lessons a journal follows: its class's, or the highest of its group's classes. */
    public int formOf(Journal journal) {
        return switch (journal.audience()) {
            case WholeClass(int c) -> classes.get(c).form();
            case InGroup(int g) -> groups.get(g).classes().stream().mapToInt(c -> classes.get(c).form()).max().orElse(0);
        };
    }

    /** A postal address in Latvia: {@code street} holds the house and flat ("Brīvības iela 12-5"). */
    public record Address(String street, String town, String postalCode) {
        /** The address on one line: "Brīvības iela 12-5, Rīga, LV-1010". */
        public String line() {
            return street + ", " + town + ", " + postalCode;
        }
    }

    /** The school itself; {@code registrationNumber} has 10 digits. */
    public record School(String name, String registrationNumber, Address address, String phone, String email) {
    }

    /** An education programme with its 8-digit code, for forms {@code firstForm}–{@code lastForm}. */
    public record Programme(String code, String name, int firstForm, int lastForm) {
    }

    /** A subject (or activity) of the school's catalogue, with its short name for timetables. */
    public record Subject(String name, String shortName) {
    }

    /**
     * A class such as "7.a".
     *
     * @param programme index into {@link DemoPlan#programmes()}
     * @param tutor     index into {@link DemoPlan#staff()}: the class tutor
     */
    public record SchoolClass(String name, int form, String letter, int programme, int tutor) {
    }

    /**
     * A member of staff.
     *
     * @param serial   0–999, unique among people born on {@code birthDate}; the writer adds the
     *                 century digit and the check digit to make the personal code
     * @param login    ascii, unique in the plan
     * @param roles    in the enum's order, never empty
     * @param subjects indices into {@link DemoPlan#subjects()}: the one to three subjects a teacher
     *                 teaches; empty for staff who do not teach
     */
    public record Staff(
            String firstName, String lastName, Gender gender, LocalDate birthDate, int serial,
            String login, String email, String phone, List<Role> roles, List<Integer> subjects) {
        public Staff {
            roles = List.copyOf(roles);
            subjects = List.copyOf(subjects);
        }

        public String fullName() {
            return firstName + " " + lastName;
        }
    }

    /**
     * A student.
     *
     * @param serial      0–999, unique among people born on {@code birthDate} (see {@link Staff})
     * @param schoolClass index into {@link DemoPlan#classes()}
     * @param idDocument  a passport or identity card number, only for students aged 15 or more
     *                    on 1 September
     */
    public record Student(
            String firstName, String lastName, Gender gender, LocalDate birthDate, int serial,
            String phone, Address actualAddress, Address declaredAddress, Optional<String> idDocument,
            int schoolClass, Admission admission, List<Guardian> guardians) {
        public Student {
            guardians = List.copyOf(guardians);
        }

        public String fullName() {
            return firstName + " " + lastName;
        }
    }

    /** The director's order that admitted a student: number ("1-12/45") and date. */
    public record Admission(String orderNumber, LocalDate date) {
    }

    /** A parent or other guardian of a student. */
    public record Guardian(
            String firstName, String lastName, Gender gender, GuardianRelation relation, String phone, String email) {
    }

    /**
     * A group of students: part of one class for a subject (then {@code classes} has one element),
     * or a combined group drawn from several classes.
     *
     * @param classes  indices into {@link DemoPlan#classes()}: the classes its students come from
     * @param students indices into {@link DemoPlan#students()}, ascending
     */
    public record Group(String name, List<Integer> classes, List<Integer> students) {
        public Group {
            classes = List.copyOf(classes);
            students = List.copyOf(students);
        }
    }

    /** Whom a journal is for: a whole class, or a group. */
    public sealed interface Audience permits WholeClass, InGroup {
    }

    /** A journal for a whole class; {@code schoolClass} indexes {@link DemoPlan#classes()}. */
    public record WholeClass(int schoolClass) implements Audience {
    }

    /** A journal for a group; {@code group} indexes {@link DemoPlan#groups()}. */
    public record InGroup(int group) implements Audience {
    }

    /**
     * A journal: one subject taught to one class or group, such as "7.a Matemātika".
     *
     * @param subject  index into {@link DemoPlan#subjects()}
     * @param teachers indices into {@link DemoPlan#staff()}: the teacher first, then an
     *                 accompanist where there is one; never empty
     * @param lessonsPerWeek how many lessons a week the demo timetable gives it
     */
    public record Journal(String name, JournalKind kind, int subject, Audience audience, List<Integer> teachers,
                          int lessonsPerWeek) {
        public Journal {
            teachers = List.copyOf(teachers);
        }
    }
}
