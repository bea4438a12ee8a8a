package lv.klade.reports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import lv.klade.i18n.Messages;
import lv.klade.i18n.UserError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BatchPrinterTest {
    private static final ReportCardDocument CARDS = new ReportCardDocument();
    private static final List<ReportCardData> CLASS = Samples.classOf(6).stream()
            .map(s -> Samples.reportCard(s, ReportPeriod.YEAR)).toList();

    @TempDir
    Path folder;
    private final List<int[]> progress = new ArrayList<>();
    private final AtomicBoolean cancel = new AtomicBoolean();

    private BatchPrinter printer() {
        return new BatchPrinter(Messages.latvian(), (done, total) -> progress.add(new int[] {done, total}),
                cancel::get);
    }

    private List<String> filesInFolder() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void eachStudentGetsAFileNamedByClassSurnameAndName() throws IOException {
        BatchResult result = printer().printEach(CARDS, CLASS.subList(0, 4), folder);
        assertThat(result.cancelled()).isFalse();
        assertThat(filesInFolder()).containsExactly("7.a_Bērziņa_Anna_liecība.pdf", "7.a_Kalniņš_Jānis_liecība.pdf",
                "7.a_Ķemere_Ļena_liecība.pdf", "7.a_Žagata_Šarlote_liecība.pdf");
        assertThat(Pdf.read(folder.resolve("7.a_Ķemere_Ļena_liecība.pdf")).text()).contains("Ļena Ķemere");
    }

    @Test
    void englishRunNamesFilesWithTheEnglishWord() throws IOException {
        new BatchPrinter(new Messages(Messages.ENGLISH), BatchProgress.NONE, () -> false)
                .printEach(CARDS, CLASS.subList(0, 1), folder);
        assertThat(filesInFolder()).containsExactly("7.a_Bērziņa_Anna_report_card.pdf");
    }

    @Test
    void progressCountsFromZeroToTheTotal() {
        printer().printEach(CARDS, CLASS, folder);
        assertThat(progress).extracting(p -> p[0]).containsExactly(0, 1, 2, 3, 4, 5, 6);
        assertThat(progress).extracting(p -> p[1]).containsOnly(6);
    }

    @Test
    void combinedFileHasEveryStudentsPages() {
        Path file = folder.resolve("7.a_liecības.pdf");
        BatchResult result = printer().printCombined(CARDS, CLASS, file);
        int separately = CLASS.stream().mapToInt(card -> Pdf.read(CARDS.render(card, Messages.latvian())).pages()).sum();
        Pdf combined = Pdf.read(file);
        assertThat(result.files()).containsExactly(file);
        assertThat(combined.pages()).isEqualTo(separately);
        assertThat(combined.text()).contains("Anna Bērziņa").contains("Šarlote Žagata");
        assertThat(progress.getLast()).containsExactly(6, 6);
    }

    @Test
    void cancelledCombinedRunLeavesNoFile() throws IOException {
        BatchPrinter printer = new BatchPrinter(Messages.latvian(), (done, total) -> cancel.set(done == 3), cancel::get);
        BatchResult result = printer.printCombined(CARDS, CLASS, folder.resolve("7.a.pdf"));
        assertThat(result.cancelled()).isTrue();
        assertThat(result.printed()).isEqualTo(3);
        assertThat(filesInFolder()).isEmpty();
    }

    @Test
    void cancelledRunKeepsOnlyTheFilesItFinished() throws IOException {
        BatchPrinter printer = new BatchPrinter(Messages.latvian(), (done, total) -> cancel.set(done == 2), cancel::get);
        BatchResult result = printer.printEach(CARDS, CLASS, folder);
        assertThat(result.cancelled()).isTrue();
        assertThat(result.files()).hasSize(2);
        assertThat(filesInFolder()).containsExactly("7.a_Bērziņa_Anna_liecība.pdf", "7.a_Kalniņš_Jānis_liecība.pdf");
        result.files().forEach(file -> assertThat(Pdf.read(file).pages()).isEqualTo(1));
    }

    @Test
    void interruptedThreadStopsTheRun() throws IOException {
        Thread.currentThread().interrupt();
        try {
            BatchResult result = printer().printEach(CARDS, CLASS, folder);
            assertThat(result.cancelled()).isTrue();
            assertThat(filesInFolder()).isEmpty();
        } finally {
            assertThat(Thread.interrupted()).as("the interrupt is left for the caller").isTrue();
        }
    }

    @Test
    void failedDocumentLeavesNoPartialFile() throws IOException {
        Path file = folder.resolve("7.a.pdf");
        List<ReportCardData> broken = new ArrayList<>(CLASS);
        broken.add(null);
        assertThatThrownBy(() -> printer().printCombined(CARDS, broken, file)).isInstanceOf(RuntimeException.class);
        assertThat(filesInFolder()).isEmpty();
    }

    @Test
    void earlierFileIsReplacedWhole() throws IOException {
        Path file = folder.resolve("7.a.pdf");
        Files.writeString(file, "old");
        printer().printCombined(CARDS, CLASS.subList(0, 1), file);
        assertThat(Pdf.read(file).text()).contains("Anna Bērziņa");
        assertThat(filesInFolder()).containsExactly("7.a.pdf");
    }

    @Test
    void unwritableFolderIsReportedToTheUser() {
        Path missing = folder.resolve("nav");
        assertThatThrownBy(() -> printer().printEach(CARDS, CLASS, missing)).isInstanceOf(UserError.class)
                .extracting(e -> ((UserError) e).problem().key()).isEqualTo("reports.batch.failed");
    }

    @Test
    void twoStudentsWithTheSameNameGetTwoFiles() throws IOException {
        printer().printEach(CARDS, List.of(CLASS.get(0), CLASS.get(0)), folder);
        assertThat(filesInFolder()).containsExactly("7.a_Bērziņa_Anna_liecība.pdf", "7.a_Bērziņa_Anna_liecība_2.pdf");
    }

    @Test
    void aBatchOfManyStudentsGivesEachTheirOwnOnePageFileInOrder() {
        List<ReportCardData> cards = Samples.classOf(45).stream()
                .map(s -> Samples.reportCard(s, ReportPeriod.YEAR)).toList();
        BatchResult result = printer().printEach(CARDS, cards, folder);

        assertThat(result.files()).hasSize(45);
        for (int i = 0; i < cards.size(); i++) {
            Pdf pdf = Pdf.read(result.files().get(i));
            assertThat(pdf.pages()).isEqualTo(1);
            assertThat(pdf.text()).contains(cards.get(i).student().fullName());
        }
        assertThat(progress).extracting(p -> p[0]).containsExactlyElementsOf(
                java.util.stream.IntStream.rangeClosed(0, 45).boxed().toList());
    }
}
