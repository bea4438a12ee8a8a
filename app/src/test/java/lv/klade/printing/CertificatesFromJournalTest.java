package lv.klade.printing;

import java.nio.file.Path;
import java.util.List;
import lv.klade.i18n.Messages;
import lv.klade.i18n.UserError;
import lv.klade.people.Student;
import lv.klade.reports.Pdf;
import lv.klade.school.SchoolClass;
import lv.klade.shell.Services;
import lv.klade.testing.TestLogins;
import lv.klade.testing.YearEndDemo;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The certificates of the finished demo's forms 9 and 12, from its final grades: everyone with the
 * certificate gets one; the first of 12.a, short in a subject after re-examination, is left out by name.
 */
class CertificatesFromJournalTest {
    @TempDir
    static Path folder;
    private static Services services;
    private static PrintService printing;

    @BeforeAll
    static void open() {
        YearEndDemo.finished(folder.resolve("j"));
        services = TestLogins.open(folder.resolve("j"), YearEndDemo.CLOCK);
        printing = services.printing(Messages.latvian(), PrintRights.everything());
    }

    @AfterAll
    static void close() {
        services.close();
    }

    private static SchoolClass named(String name) {
        return printing.classNamed(name);
    }

    private static List<Student> students(String className) {
        return services.yearResults().ofClass(named(className).id()).stream().map(y -> y.student()).toList();
    }

    private static Pdf certificates(String className) {
        return Pdf.read(printing.render(new PrintRequest(PrintKind.CERTIFICATE, named(className).id(),
                new PrintPeriod.Year())).pdf());
    }

    @Test
    void everyStudentOfForm9GetsTheCertificateOfBasicEducationWithTheirCodeAndGrades() {
        Pdf pdf = certificates("9.a");
        List<Student> students = students("9.a");
        assertThat(pdf.pages()).isEqualTo(students.size());
        Student first = students.getFirst();
        String page = pdf.pageTexts().stream().filter(t -> t.contains(first.fullName())).findFirst().orElseThrow()
                .replaceAll("\\s+", " ");
        assertThat(page).contains("APLIECĪBA PAR PAMATIZGLĪTĪBU").contains("personas kods " + first.personalCode().value())
                .contains("Matemātika 7 (septiņi)").contains("Reģistrācijas Nr.: 2027/9.a/01").contains("Z.v.")
                .doesNotContain("Klases stunda");
    }

    @Test
    void form12GetsTheAtestatsAndTheStudentShortInASubjectIsLeftOutWithTheReason() {
        Pdf pdf = certificates("12.a");
        List<Student> students = students("12.a");
        assertThat(pdf.pages()).isEqualTo(students.size() - 1);
        assertThat(pdf.text()).contains("ATESTĀTS PAR VISPĀRĒJO VIDĒJO IZGLĪTĪBU")
                .doesNotContain(students.getFirst().fullName());
        Student first = students.getFirst();
        assertThat(printing.certificatesLeftOut(named("12.a").id())).singleElement().asString()
                .startsWith(first.lastName() + " " + first.firstName() + ": izglītības dokumentu neizsniedz — ");
    }

    @Test
    void aClassOfAnotherFormGetsNoCertificateButAClearRefusal() {
        assertThatThrownBy(() -> certificates("7.a")).isInstanceOf(UserError.class)
                .satisfies(e -> assertThat(Messages.latvian().text(((UserError) e).problem()))
                        .contains("7.a").contains("9. klase").contains("12. klase"));
    }

    @Test
    void onlyFormsNineAndTwelveAreLeavingClasses() {
        assertThat(printing.leavingClasses()).extracting(SchoolClass::name).containsExactly("9.a", "12.a");
    }
}
