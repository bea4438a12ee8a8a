package lv.klade.printing;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import lv.klade.db.Actor;
import lv.klade.i18n.Messages;
import lv.klade.people.DirectorOrder;
import lv.klade.reports.AbsenceReportData;
import lv.klade.reports.StudentDocumentData;
import lv.klade.reports.TranscriptData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Anna, with October's grades and absences in 7.a, moves to 7.b on Monday 2 November 2026; it is
 * 15 November. A month's documents come from each class she was in that month; a semester's from the
 * class she is in now.
 */
class MovedStudentDocumentsTest {
    private static final YearMonth OCTOBER = YearMonth.of(2026, 10);
    private static final YearMonth NOVEMBER = YearMonth.of(2026, 11);
    @TempDir
    static Path folder;
    private static PrintingFixture journal;
    private static ReportAssembler documents;
    private static UUID class7a;
    private static UUID class7b;

    @BeforeAll
    static void create() {
        journal = PrintingFixture.create(folder);
        var s = journal.services;
        class7a = journal.class7a.id();
        class7b = s.classes().addClass(Actor.SYSTEM, s.year().id(), "7.b", 7, journal.class7a.programmeId(), null);
        s.students().move(Actor.SYSTEM, journal.anna.id(), class7b, LocalDate.of(2026, 11, 2),
                new DirectorOrder("1-12/40", LocalDate.of(2026, 10, 30)));
        documents = new ReportAssembler(new JournalReads(s.schoolRepository(), s.classRepository(), s.staff(),
                s.students(), s.gradeBooks(), s.absences(), s.testPlanner(), s.lessonRepository(), s.remarks(), s.promotionDecisions()),
                Messages.latvian(), PrintingFixture.CLOCK);
    }

    @AfterAll
    static void close() {
        journal.close();
    }

    private static List<String> surnames(List<? extends StudentDocumentData> documents) {
        return documents.stream().map(d -> d.student().surname()).toList();
    }

    @Test
    void octobersTranscriptComesFromTheOldClassWithItsGradesAndAbsences() {
        TranscriptData annas = documents.transcripts(class7a, OCTOBER).stream()
                .filter(t -> t.student().surname().equals(journal.anna.lastName())).findFirst().orElseThrow();
        assertThat(annas.subjects()).anySatisfy(s -> assertThat(s.grades()).isNotEmpty());
        assertThat(annas.absences().unjustified()).isEqualTo(journal.annaUnjustified);
        assertThat(surnames(documents.transcripts(class7b, OCTOBER))).doesNotContain(journal.anna.lastName());
    }

    @Test
    void novembersTranscriptsComeFromBothClasses() {
        assertThat(surnames(documents.transcripts(class7a, NOVEMBER))).contains(journal.anna.lastName());
        assertThat(surnames(documents.transcripts(class7b, NOVEMBER))).contains(journal.anna.lastName());
    }

    @Test
    void theSemestersReportCardComesFromTheClassSheIsInNow() {
        assertThat(surnames(documents.reportCards(class7b, new PrintPeriod.Semester(1))))
                .contains(journal.anna.lastName());
        assertThat(surnames(documents.reportCards(class7a, new PrintPeriod.Semester(1))))
                .doesNotContain(journal.anna.lastName());
    }

    @Test
    void octobersAbsenceReportOfTheOldClassCountsHerAbsences() {
        AbsenceReportData report = documents.absences(class7a, new PrintPeriod.Month(OCTOBER));
        assertThat(report.rows()).filteredOn(r -> r.student().surname().equals(journal.anna.lastName()))
                .singleElement().satisfies(r -> assertThat(r.absences().unjustified()).isEqualTo(journal.annaUnjustified));
    }
}
