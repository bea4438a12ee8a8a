package lv.klade.messages;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import lv.klade.i18n.Messages;
import lv.klade.i18n.UserError;
import lv.klade.people.StaffMember;
import lv.klade.people.Student;
import lv.klade.reports.Pdf;
import lv.klade.shell.Services;
import lv.klade.testing.FirstDayDemo;
import lv.klade.testing.TestLogins;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The printed letter to a class's parents: its text, its pages and who may prepare it. */
class ParentsLetterServiceTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-10-15T09:00:00Z"), Messages.RIGA);
    private static final LocalDate DAY = LocalDate.of(2026, 10, 15);
    private static final String BODY = "Aicinām uz vecāku sapulci ceturtdien, 22. oktobrī, plkst. 18:00.\n"
            + "Runāsim par ekskursiju un mācību sasniegumiem.";
    @TempDir
    static Path dir;
    private static Services services;
    private static ParentsLetterService letters;
    private static StaffMember tutor;
    private static UUID tutorsClass;
    private static List<Student> pupils;

    @BeforeAll
    static void demo() {
        Path file = dir.resolve("demo");
        FirstDayDemo.create(file, 60, CLOCK);
        services = TestLogins.open(file, CLOCK);
        letters = new ParentsLetterService(services.schoolRepository(), services.classRepository(),
                services.students(), services.staff());
        tutor = services.staff().byLogin("audzinataja").orElseThrow();
        tutorsClass = tutor.roles().stream().flatMap(g -> g.forClass().stream()).findFirst().orElseThrow();
        pupils = services.students().ofClass(tutorsClass);
    }

    @AfterAll
    static void close() {
        services.close();
    }

    @Test
    void oneLetterForTheClassCarriesSchoolClassDateTextAndTheTutorsSignatureLine() throws Exception {
        byte[] pdf = letters.letter(tutor, tutorsClass, "Vecāku sapulce", BODY, DAY, false, Messages.latvian());
        // Kept beside the screenshots, to look at.
        Files.createDirectories(Path.of("target", "screenshots"));
        Files.write(Path.of("target", "screenshots", "parents-letter.pdf"), pdf);

        Pdf read = Pdf.read(pdf);
        String className = services.classRepository().schoolClass(tutorsClass).orElseThrow().name();
        String school = services.schoolRepository().school().orElseThrow().name();
        assertThat(read.pages()).isEqualTo(1);
        assertThat(read.pageTexts().getFirst()).contains(school, "Klase: " + className, "Datums: 15.10.2026",
                "Vecāku sapulce", "Cienījamie " + className + " klases skolēnu vecāki!", "plkst. 18:00",
                "Klases audzinātājs: " + tutor.fullName(), "Paraksts:");
    }

    @Test
    void aLetterPerFamilyHasOnePageForEachStudentAddressedByName() {
        byte[] pdf = letters.letter(tutor, tutorsClass, "Vecāku sapulce", BODY, DAY, true, Messages.latvian());

        Pdf read = Pdf.read(pdf);
        assertThat(read.pages()).isEqualTo(pupils.size());
        Student first = pupils.getFirst();
        assertThat(read.pageTexts()).anySatisfy(page -> assertThat(page)
                .contains("Cienījamie " + first.firstName() + " " + first.lastName() + " vecāki!"));
    }

    @Test
    void aTeacherWhoIsNotTheTutorMayNotPrepareIt() {
        StaffMember teacher = services.staff().byLogin("skolotajs").orElseThrow();
        assertThatThrownBy(() -> letters.letter(teacher, tutorsClass, "Sapulce", BODY, DAY, false, Messages.latvian()))
                .isInstanceOfSatisfying(UserError.class,
                        e -> assertThat(e.problem().key()).isEqualTo("letter.notTutor"));
    }
}
