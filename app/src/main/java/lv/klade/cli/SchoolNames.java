package lv.klade.cli;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import lv.klade.i18n.UserError;
import lv.klade.people.PersonalCode;
import lv.klade.people.StaffMember;
import lv.klade.people.Student;
import lv.klade.school.Endable;
import lv.klade.school.Journal;
import lv.klade.school.Programme;
import lv.klade.school.SchoolClass;
import lv.klade.school.StudentGroup;
import lv.klade.school.Subject;
import lv.klade.shell.Services;

/**
 * How the command line names the school's structure: a programme by its code, a subject, class,
 * group or journal of the current year by its name (in any case), staff by login, students by
 * personal code. A name nobody has is refused with what to type instead. What is to be used anew
 * (a journal's subject, a class's programme) must not have ended, as the window's pickers offer
 * only what is in use; what is to be changed, ended or deleted may have.
 */
final class SchoolNames {
    private final Services services;
    private final LocalDate today;

    SchoolNames(Services services, LocalDate today) {
        this.services = services;
        this.today = today;
    }

    Programme programme(String code) {
        return only(services.classRepository().programmes(), p -> p.code().equals(code.strip()),
                "masterDataCli.programmeUnknown", code);
    }

    Subject subject(String name) {
        return only(services.classRepository().subjects(), s -> same(s.name(), name), "masterDataCli.subjectUnknown",
                name);
    }

    SchoolClass schoolClass(String name) {
        return only(services.classRepository().classes(services.year().id()), c -> same(c.name(), name),
                "masterDataCli.classUnknown", name);
    }

    StudentGroup group(String name) {
        return only(services.classRepository().groups(services.year().id()), g -> same(g.name(), name),
                "masterDataCli.groupUnknown", name);
    }

    /** Journals are named after their class or group and subject, and nothing keeps two from one name. */
    Journal journal(String name) {
        List<Journal> named = services.classRepository().journals(services.year().id()).stream()
                .filter(j -> same(j.name(), name)).toList();
        if (named.size() > 1) {
            throw UserError.of("masterDataCli.journalAmbiguous", name, named.size());
        }
        return named.stream().findFirst().orElseThrow(() -> UserError.of("masterDataCli.journalUnknown", name));
    }

    /** Anyone with that login, those who left included: the service says what they may no longer be. */
    StaffMember staff(String login, String option) {
        return services.staff().byLogin(login)
                .orElseThrow(() -> UserError.of("masterDataCli.loginUnknown", login, "--" + option));
    }

    /** The students with the personal codes of a list such as "010110-12345,320000-00000", in its order. */
    List<Student> students(String list) {
        List<PersonalCode> codes = Arrays.stream(list.split(",")).map(String::strip).filter(c -> !c.isEmpty())
                .map(SchoolNames::code).distinct().toList();
        Map<PersonalCode, Student> found = services.students().byCodes(codes);
        return codes.stream().map(code -> {
            Student student = found.get(code);
            if (student == null) {
                throw UserError.of("masterDataCli.studentUnknown", code.value());
            }
            return student;
        }).toList();
    }

    /** Like {@link #students}, each still at the school. */
    List<Student> currentStudents(String list) {
        List<Student> students = students(list);
        students.stream().filter(Student::hasLeft).findFirst().ifPresent(s -> {
            throw UserError.of("masterDataCli.studentLeft", s.personalCode().value(), s.fullName());
        });
        return students;
    }

    /** A programme for a new class: one still in use. */
    Programme programmeInUse(String code) {
        return inUse(programme(code), code, "programme");
    }

    /** A subject for a new journal: one still in use. */
    Subject subjectInUse(String name) {
        return inUse(subject(name), name, "subject");
    }

    /** A class for a new group or journal: one still in use. */
    SchoolClass classInUse(String name) {
        return inUse(schoolClass(name), name, "class");
    }

    /** A group for a new journal: one still in use. */
    StudentGroup groupInUse(String name) {
        return inUse(group(name), name, "group");
    }

    /** The item, if it is still in use today; {@code word} is the command that takes it back into use. */
    private <T extends Endable> T inUse(T item, String name, String word) {
        if (item.endedOn(today)) {
            throw UserError.of("masterDataCli.ended", name, item.ends(), word);
        }
        return item;
    }

    /** A kind such as {@code after-school-group} for {@code AFTER_SCHOOL_GROUP}, in any case. */
    static <E extends Enum<E>> E choice(Class<E> type, String typed, String unknownKey) {
        String wanted = typed.strip().replace('-', '_').toUpperCase(Locale.ROOT);
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(wanted)).findFirst()
                .orElseThrow(() -> UserError.of(unknownKey, typed, String.join(", ", Arrays.stream(type.getEnumConstants())
                        .map(SchoolNames::word).toList())));
    }

    /** How the command line writes a kind: {@code AFTER_SCHOOL_GROUP} as {@code after-school-group}. */
    static String word(Enum<?> kind) {
        return kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static PersonalCode code(String typed) {
        return switch (PersonalCode.parse(typed)) {
            case PersonalCode.Parsed.Valid valid -> valid.code();
            case PersonalCode.Parsed.Invalid invalid -> throw new UserError(invalid.problem());
        };
    }

    private static boolean same(String name, String typed) {
        return name.equalsIgnoreCase(typed.strip());
    }

    private static <T> T only(List<T> items, Predicate<T> named, String unknownKey, String typed) {
        return items.stream().filter(named).findFirst().orElseThrow(() -> UserError.of(unknownKey, typed));
    }
}
