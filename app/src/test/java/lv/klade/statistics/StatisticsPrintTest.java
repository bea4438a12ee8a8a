package lv.klade.statistics;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import lv.klade.i18n.Messages;
import lv.klade.printing.PrintPeriod;
import lv.klade.reports.Pdf;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class StatisticsPrintTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-10-15T09:00:00Z"), Messages.RIGA);
    @TempDir
    static Path folder;
    private static StatisticsFixture f;

    @BeforeAll
    static void craft() {
        f = new StatisticsFixture(folder, CLOCK, Messages.latvian());
    }

    @AfterAll
    static void close() {
        f.close();
    }

    private static StatisticsPrint.Printed print(Messages messages, Grouping by, boolean withAnna) throws IOException {
        StatisticsService service = new StatisticsService(new StatisticsRepository(f.store), f.school, messages);
        StatisticsQuery query = new StatisticsQuery(f.yearId, service.days(f.yearId, new PrintPeriod.Year()), by, null, null);
        StatisticsPrint.Printed printed = new StatisticsPrint(service, f.school, messages, CLOCK)
                .print(f.member("vietn"), query, "", withAnna ? f.anna : null);
        // Kept for a person to look at: pdftoppm -png -r 60 target/pdf/statistics_*.pdf
        Path out = Path.of("target", "pdf", "statistics_" + by.cliName() + (withAnna ? "_pupil_" : "_")
                + messages.locale() + ".pdf");
        Files.createDirectories(out.getParent());
        Files.write(out, printed.pdf());
        return printed;
    }

    @Test
    void theClassesPageHasTheirAveragesCountsAndAbsenceShares() throws IOException {
        String text = String.join("\n", Pdf.read(print(Messages.latvian(), Grouping.CLASS, false).pdf()).pageTexts());
        assertThat(text).contains("Statistika", "Grupēts pēc: klases", "Rīgas 1. vidusskola")
                .contains("7.a 7,25 8", "2.a", "S 1 · A 1 · P 1", "i 1")
                .contains("7.a 11 2 2 36,4 18,2", "2.a 2 0 1 50,0 50,0")
                .contains("Vidējais ir tikai ballēs");
    }

    @Test
    void aPupilsYearIsPrintedWithTheirPointsAndMonths() throws IOException {
        String text = String.join("\n", Pdf.read(print(Messages.latvian(), Grouping.SUBJECT, true).pdf()).pageTexts());
        assertThat(text).contains("Skolēna dinamika: Anna Zariņa", "Matemātika 7,00 15.09. 8  16.09. 6",
                "Matemātika 7,00 4");
    }

    @Test
    void inEnglishDecimalsHaveAPoint() throws IOException {
        String text = String.join("\n", Pdf.read(print(Messages.forLanguage("en"), Grouping.CLASS, false).pdf()).pageTexts());
        assertThat(text).contains("Statistics", "Grouped by: class", "7.a 7.25 8", "36.4");
    }
}
