package lv.klade.people;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import lv.klade.i18n.Messages;
import lv.klade.i18n.UserError;
import lv.klade.testing.StudentLists;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class StudentImportFilesTest {
    private static final List<String> HEADERS = List.of("Vārds", "Uzvārds", "Klase");
    private static final List<List<String>> ROWS = List.of(List.of("Līga", "Ķēniņa", "7.a"),
            List.of("Žanis", "Šmits; jaunākais", "7.b"));

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}, separator {1}, BOM {2}")
    @CsvSource(textBlock = """
            UTF-8,        ;,     false
            UTF-8,        ;,     true
            UTF-8,        ',',   false
            windows-1257, ;,     false
            windows-1257, ',',   false
            """)
    void csvIsReadInItsEncodingWithItsSeparator(String charset, char separator, boolean bom) {
        Path file = StudentLists.csv(dir.resolve("saraksts.csv"), HEADERS, ROWS, Charset.forName(charset), separator, bom);

        StudentImportTable table = StudentImportFiles.read(file);

        assertThat(table.headers()).containsExactly("Vārds", "Uzvārds", "Klase");
        assertThat(table.rows()).extracting(StudentImportTable.Row::cells)
                .containsExactly(List.of("Līga", "Ķēniņa", "7.a"), List.of("Žanis", "Šmits; jaunākais", "7.b"));
        assertThat(table.rows()).extracting(StudentImportTable.Row::number).containsExactly(2, 3);
        assertThat(table.source()).contains(Charset.forName(charset).displayName());
    }

    @Test
    void rowNumbersAreThoseASpreadsheetShowsWithBlankRowsSkipped() throws IOException {
        Path file = write("saraksts.csv", "Vārds;Uzvārds\r\nLīga;Ķēniņa\r\n;\r\n\r\nŽanis;\"Šmits\r\nOtrā rinda\"\r\nAnna;Ozola\r\n");

        StudentImportTable table = StudentImportFiles.read(file);

        assertThat(table.rows()).extracting(StudentImportTable.Row::number).containsExactly(2, 5, 6);
        assertThat(table.rows().get(1).cell(1)).isEqualTo("Šmits\r\nOtrā rinda");
    }

    @Test
    void anOpeningQuoteWithoutItsClosingOneIsRefusedNamingItsRow() throws IOException {
        Path file = write("pedinas.csv", "Vārds;Uzvārds;Klase\nLīga;Ķēniņa;7.a\nŽanis;\"Šmits;7.b\nAnna;Ozola;7.a\n");

        UserError error = refusal(file);

        assertThat(error.problem().key()).isEqualTo("people.import.file.badQuotes");
        assertThat(error.problem().args()).containsExactly("pedinas.csv", "3");
        assertThat(Messages.latvian().text(error.problem())).contains("pedinas.csv", "3. rindu");
    }

    @Test
    void textAfterAClosingQuoteIsRefused() throws IOException {
        Path file = write("pedinas.csv", "Vārds;Uzvārds\nLīga;\"Ķēniņa\"x\n");

        assertThat(refusal(file).problem().args()).containsExactly("pedinas.csv", "2");
    }

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(textBlock = """
            '',                             people.import.file.empty
            '\\uFEFF  \\r\\n \\r\\n',            people.import.file.empty
            'Vārds;Uzvārds;Klase\\r\\n',      people.import.file.noRows
            'Vārds;Uzvārds\\r\\n;\\r\\n',       people.import.file.noRows
            'Šis ir vēstules teksts.',      people.import.file.oneColumn
            """)
    void anEmptyFileOrOneWithoutAListIsRefused(String written, String key) throws IOException {
        String content = written == null ? "" : written.replace("\\uFEFF", "\uFEFF").replace("\\r\\n", "\r\n");
        assertThat(refusal(write("saraksts.csv", content)).problem().key()).isEqualTo(key);
    }

    @Test
    void aFileThatIsNeitherCsvNorXlsxIsRefused() throws IOException {
        Path picture = dir.resolve("foto.png");
        Files.write(picture, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13});
        Path zip = dir.resolve("arhivs.xlsx");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("readme.txt"));
            out.write("nav darbgrāmata".getBytes(StandardCharsets.UTF_8));
        }
        Path old = dir.resolve("vecs.xls");
        Files.write(old, new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1});

        assertThat(refusal(picture).problem()).extracting(p -> p.key(), p -> p.args())
                .containsExactly("people.import.file.unknownFormat", List.of("foto.png"));
        assertThat(refusal(zip).problem().key()).isEqualTo("people.import.file.unknownFormat");
        assertThat(refusal(old).problem().key()).isEqualTo("people.import.file.oldExcel");
        assertThat(refusal(dir.resolve("nav.csv")).problem().key()).isEqualTo("people.import.file.missing");
    }

    @Test
    void anXlsxWithMergedHeaderCellsIsRefusedNamingTheCells() throws IOException {
        Path file = workbook("apvienots.xlsx", sheet -> {
            cells(sheet.createRow(0), "Skolēns", "", "Klase");
            cells(sheet.createRow(1), "Līga", "Ķēniņa", "7.a");
            sheet.addMergedRegion(CellRangeAddress.valueOf("A1:B1"));
        });

        UserError error = refusal(file);

        assertThat(error.problem().key()).isEqualTo("people.import.file.mergedHeader");
        assertThat(error.problem().args()).containsExactly("apvienots.xlsx", "A1:B1", 1);
        assertThat(Messages.forLanguage("en").text(error.problem())).contains("merged cells A1:B1", "Unmerge");
    }

    @Test
    void anXlsxReadsItsFirstSheetFromItsFirstFilledRowWithMergedDataCellsInEveryRow() throws IOException {
        Path file = workbook("saraksts.xlsx", sheet -> {
            cells(sheet.createRow(2), "Vārds", "Uzvārds", "Klase", "Vārds");
            cells(sheet.createRow(3), "Līga", "Ķēniņa", "7.a", "Māte");
            cells(sheet.createRow(4), "Žanis", "Šmits", "", "Tēvs");
            sheet.addMergedRegion(CellRangeAddress.valueOf("C4:C5"));
        });

        StudentImportTable table = StudentImportFiles.read(file);

        assertThat(table.headers()).containsExactly("Vārds", "Uzvārds", "Klase", "Vārds (2)");
        assertThat(table.rows()).extracting(StudentImportTable.Row::number).containsExactly(4, 5);
        assertThat(table.rows()).extracting(r -> r.cell(2)).containsExactly("7.a", "7.a");
        assertThat(table.source()).isEqualTo("XLSX · Lapa1");
    }

    @Test
    void xlsxDateCellsReadAsDayMonthYearAndNumberCellsWithoutDecimals() throws IOException {
        Path file = StudentLists.xlsx(dir.resolve("datumi.xlsx"), List.of("Dzimšanas datums", "Kods"),
                List.of(List.of("05.03.2014", "x")));
        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(file))) {
            book.getSheetAt(0).getRow(1).getCell(1).setCellValue(5031412345d);
            try (OutputStream out = Files.newOutputStream(file)) {
                book.write(out);
            }
        }

        StudentImportTable.Row row = StudentImportFiles.read(file).rows().getFirst();

        assertThat(row.cells()).containsExactly("05.03.2014", "5031412345");
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            05.03.2014,  2014-03-05
            5.3.2014.,   2014-03-05
            2014-03-05,  2014-03-05
            05/03/2014,  2014-03-05
            05-03-2014,  2014-03-05
            """)
    void aDateIsReadInTheFormsListsWriteIt(String typed, java.time.LocalDate date) {
        assertThat(StudentImportRows.date(typed)).contains(date);
    }

    private interface Filler {
        void fill(Sheet sheet);
    }

    private Path workbook(String name, Filler filler) throws IOException {
        Path file = dir.resolve(name);
        try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            filler.fill(book.createSheet("Lapa1"));
            book.createSheet("Otrā lapa").createRow(0).createCell(0).setCellValue("netiek lasīta");
            book.write(out);
        }
        return file;
    }

    private static void cells(Row row, String... values) {
        for (int i = 0; i < values.length; i++) {
            row.createCell(i).setCellValue(values[i]);
        }
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    private static UserError refusal(Path file) {
        UserError error = catchThrowableOfType(UserError.class, () -> StudentImportFiles.read(file));
        assertThat(error).as("refused").isNotNull();
        return error;
    }
}
