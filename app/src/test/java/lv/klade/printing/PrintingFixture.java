package lv.klade.printing;

import lv.klade.testing.TestLogins;
import lv.klade.testing.FirstDayDemo;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import lv.klade.db.Actor;
import lv.klade.grades.Grade;
import lv.klade.grades.GradeKind;
import lv.klade.grades.GradeService;
import lv.klade.grades.NewGrade;
import lv.klade.grades.PeriodGrade;
import lv.klade.i18n.Messages;
import lv.klade.lessons.JustificationReason;
import lv.klade.lessons.LessonEntry;
import lv.klade.lessons.LessonService;
import lv.klade.lessons.LessonType;
import lv.klade.people.StaffMember;
import lv.klade.people.Student;
import lv.klade.school.Journal;
import lv.klade.school.JournalKind;
import lv.klade.school.SchoolClass;
import lv.klade.school.Semester;
import lv.klade.shell.Services;
import lv.klade.timetable.TimetableRepository;

/**
 * The smallest demo school with a journal written into it through the services: in class 7.a, two
 * subjects' grades in September and October 2026, semester and year grades, and October lessons
 * with absences, one of them justified by the tutor.
 */
public final class PrintingFixture implements AutoCloseable {
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-15T09:00:00Z"), Messages.RIGA);
    public static final LocalDate OCT_6 = LocalDate.of(2026, 10, 6);

    public final Services services;
    public final SchoolClass class7a;
    public final List<Student> students;
    public final Journal first;
    public final Journal second;
    /** The student with grades and absences: the first of 7.a whose name has a Latvian letter. */
    public final Student anna;
    /** Failed {@link #second} in the year: her year card asks for a re-examination. */
    public final Student failing;
    public final int annaUnjustified = 2;
    public final int annaJustified = 1;

    private PrintingFixture(Services services) {
        this.services = services;
        UUID year = services.year().id();
        class7a = services.classRepository().classes(year).stream().filter(c -> c.name().equals("7.a")).findFirst()
                .orElseThrow();
        students = services.students().ofClass(class7a.id());
        List<Journal> journals = services.classRepository().journals(year).stream()
                .filter(j -> class7a.id().equals(j.classId()) && j.kind() == JournalKind.SUBJECT
                        && !j.teachers().isEmpty()).toList();
        first = journals.get(0);
        second = journals.get(1);
        anna = students.stream().filter(s -> !s.fullName().matches("[A-Za-z ]*")).findFirst().orElseThrow();
        failing = students.stream().filter(s -> !s.id().equals(anna.id())).findFirst().orElseThrow();
        writeGrades();
        writeAbsences();
    }

    public static PrintingFixture create(Path folder) {
        Path file = folder.resolve("demo");
        FirstDayDemo.create(file, 240, CLOCK);
        return new PrintingFixture(TestLogins.open(file, CLOCK));
    }

    private void writeGrades() {
        GradeService grades = new GradeService(services.store(), services.schoolRepository());
        services.store().run(Actor.SYSTEM, w -> grades.addAll(w, List.of(
                NewGrade.of(anna.id(), first.id(), GradeKind.SUMMATIVE, new Grade.Points(9), LocalDate.of(2026, 9, 15)),
                NewGrade.of(anna.id(), first.id(), GradeKind.SUMMATIVE, new Grade.Points(8), OCT_6),
                NewGrade.of(anna.id(), first.id(), GradeKind.FORMATIVE, new Grade.PassFail(true), OCT_6.plusDays(1)),
                NewGrade.of(anna.id(), first.id(), GradeKind.SUMMATIVE, new Grade.Points(5), LocalDate.of(2026, 10, 20)),
                NewGrade.of(anna.id(), second.id(), GradeKind.SUMMATIVE, new Grade.Points(7), LocalDate.of(2026, 10, 8)),
                NewGrade.of(failing.id(), first.id(), GradeKind.SUMMATIVE, new Grade.Points(6), OCT_6))));
        Semester one = semester(1);
        Semester two = semester(2);
        LocalDate yearEnd = services.year().ends();
        List<PeriodGrade> period = new ArrayList<>();
        for (Student s : List.of(anna, failing)) {
            for (Journal j : List.of(first, second)) {
                boolean fails = s == failing && j.id().equals(second.id());
                period.add(new PeriodGrade(s.id(), j.id(), GradeKind.SEMESTER, one.ends(), new Grade.Points(7), null));
                period.add(new PeriodGrade(s.id(), j.id(), GradeKind.SEMESTER, two.ends(),
                        new Grade.Points(fails ? 3 : 8), null));
            }
            for (Journal j : journalsOf(s)) {
                boolean fails = s == failing && j.id().equals(second.id());
                period.add(new PeriodGrade(s.id(), j.id(), GradeKind.YEAR, yearEnd, new Grade.Points(fails ? 3 : 8), null));
            }
        }
        period.add(new PeriodGrade(anna.id(), second.id(), GradeKind.SEMESTER, one.ends(), new Grade.Exempt(), null));
        services.store().run(Actor.SYSTEM, w -> period.forEach(p -> grades.setPeriodGrade(w, p)));
    }

    private void writeAbsences() {
        LessonService lessons = new LessonService(services.store(), services.schoolRepository(),
                new TimetableRepository(services.store(), services.schoolRepository()), services.lessonRepository(), Messages.latvian());
        UUID teacher = first.teachers().getFirst().staffId();
        List<LocalDate> days = List.of(OCT_6, OCT_6.plusDays(1), OCT_6.plusDays(2));
        services.store().run(Actor.SYSTEM, w -> lessons.saveAll(w, days.stream().map(d ->
                LessonEntry.regular(first.id(), d, 3, teacher, "Daļskaitļi", "Vingrinājumi 12")
                        .withType(new LessonType.Extra())
                        .withMarks(Map.of(anna.id(), "n"))).toList()));
        var toJustify = services.absences().toJustify(class7a.id()).stream()
                .filter(a -> a.studentId().equals(anna.id())).findFirst().orElseThrow();
        services.absences().justify(Actor.SYSTEM, toJustify.markId(), JustificationReason.ILLNESS, OCT_6);
    }

    /** The journals a student of 7.a attends: the class's own and those of their groups. */
    public List<Journal> journalsOf(Student student) {
        var reaching = services.lessonRepository().journalsReaching(class7a.id());
        return services.classRepository().journals(services.year().id()).stream()
                .filter(j -> reaching.contains(j.id()))
                .filter(j -> class7a.id().equals(j.classId())
                        || j.groupId() != null && services.classRepository().groupMembers(j.groupId()).contains(student.id()))
                .toList();
    }

    public Semester semester(int number) {
        return services.schoolRepository().semesters(services.year().id()).stream()
                .filter(s -> s.number() == number).findFirst().orElseThrow();
    }

    public StaffMember login(String login) {
        return services.staff().byLogin(login).orElseThrow();
    }

    /** Printing as this user, in Latvian. */
    public PrintService printingAs(String login) {
        return printingAs(login, Messages.latvian());
    }

    /** Printing as this user, in the given language. */
    public PrintService printingAs(String login, Messages messages) {
        return services.printing(messages, login(login));
    }

    public PrintService printingAll() {
        return services.printing(Messages.latvian(), PrintRights.everything());
    }

    @Override
    public void close() {
        services.close();
    }
}
