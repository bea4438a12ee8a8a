package lv.klade.yearend;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import lv.klade.db.Actor;
import lv.klade.db.Database;
import lv.klade.db.JournalStore;
import lv.klade.grades.Grade;
import lv.klade.grades.GradeKind;
import lv.klade.grades.GradeService;
import lv.klade.grades.PeriodGrade;
import lv.klade.grades.YearResults;
import lv.klade.people.Admission;
import lv.klade.people.DirectorOrder;
import lv.klade.people.Gender;
import lv.klade.people.IdDocument;
import lv.klade.people.PersonalCode;
import lv.klade.people.StaffService;
import lv.klade.people.StudentData;
import lv.klade.people.StudentService;
import lv.klade.school.ClassRepository;
import lv.klade.school.ClassService;
import lv.klade.school.JournalKind;
import lv.klade.school.NewJournal;
import lv.klade.school.SchoolRepository;
import lv.klade.school.SchoolService;
import lv.klade.school.SchoolYear;
import lv.klade.school.Semester;
import lv.klade.testing.YearEndDemo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** A pamatskola (forms 1–9, no form 10): its form 9 classes end with the year, their students leave. */
class BasicSchoolYearEndTest {
    @TempDir
    Path dir;
    private Database database;
    private SchoolRepository schoolRepository;
    private ClassRepository classRepository;
    private StudentService students;
    private YearEndService yearEnd;
    private UUID yearId;
    private UUID ninth;
    private UUID eighth;

    @BeforeEach
    void open() {
        database = Database.create(dir.resolve("j"), YearEndDemo.CLOCK);
        JournalStore store = new JournalStore(database, YearEndDemo.CLOCK);
        schoolRepository = new SchoolRepository(store);
        SchoolService school = new SchoolService(store, schoolRepository);
        classRepository = new ClassRepository(store);
        ClassService classes = new ClassService(store, schoolRepository, classRepository);
        students = new StudentService(store);
        StaffService staff = new StaffService(store);
        YearResults results = new YearResults(store, schoolRepository, classRepository, students);
        yearEnd = new YearEndService(store, schoolRepository, school, classRepository, classes, students, staff, results);
        UUID schoolId = school.createSchool(Actor.SYSTEM, "Aknīstes pamatskola", null, null);
        yearId = school.defaultYear(Actor.SYSTEM, schoolId, 2026);
        UUID subject = classes.addSubject(Actor.SYSTEM, "Matemātika", "Mat.");
        ninth = classes.addClass(Actor.SYSTEM, yearId, "9.a", 9, null, null);
        eighth = classes.addClass(Actor.SYSTEM, yearId, "8.a", 8, null, null);
        GradeService grades = new GradeService(store, schoolRepository);
        SchoolYear year = schoolRepository.year(yearId).orElseThrow();
        List<Semester> semesters = schoolRepository.semesters(yearId);
        int serial = 100;
        for (UUID classId : List.of(ninth, eighth)) {
            UUID journal = classes.addJournal(Actor.SYSTEM, NewJournal.forClass(yearId, JournalKind.SUBJECT, subject,
                    classId, List.of()));
            UUID student = students.admit(Actor.SYSTEM, admission(classId, serial++));
            for (var graded : List.of(new PeriodGrade(student, journal, GradeKind.SEMESTER, semesters.get(0).ends(),
                            new Grade.Points(7), null),
                    new PeriodGrade(student, journal, GradeKind.SEMESTER, semesters.get(1).ends(), new Grade.Points(7), null),
                    new PeriodGrade(student, journal, GradeKind.YEAR, year.ends(), new Grade.Points(7), null))) {
                grades.setPeriodGrade(Actor.SYSTEM, graded);
            }
        }
    }

    private static Admission admission(UUID classId, int serial) {
        LocalDate born = LocalDate.of(2012, 3, 14);
        String name = serial % 2 == 0 ? "Anna" : "Laura";
        StudentData data = new StudentData(name, "Bērziņa", PersonalCode.forBirthDate(born, serial).value(),
                born, Gender.F, null, null, null, IdDocument.NONE, null);
        return new Admission(data, classId, LocalDate.of(2026, 9, 1), new DirectorOrder("1-7/1", LocalDate.of(2026, 8, 28)),
                List.of());
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void formNineEndsAndItsStudentsLeaveWithTheirCertificates() {
        YearEnd end = yearEnd.close(Actor.SYSTEM, new DirectorOrder("1-12/45", YearEndDemo.AFTER));

        assertThat(end.closed()).isTrue();
        assertThat(end.ending()).containsExactly("9.a");
        assertThat(end.students()).extracting(StudentStep::fromClass, StudentStep::step)
                .containsExactlyInAnyOrder(tuple("9.a", Step.GRADUATES),
                        tuple("8.a", Step.PROMOTED));
        UUID next = schoolRepository.currentYear().orElseThrow().id();
        assertThat(classRepository.classes(next)).extracting(c -> c.name()).containsExactly("9.a");
        assertThat(students.ofClass(ninth)).isEmpty();
        assertThat(students.ofClass(eighth)).isEmpty();
        assertThat(students.count()).isEqualTo(1);
    }
}
