package lv.klade.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import lv.klade.people.PersonalCode;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Student lists as the state register and schools give them, made by the tests: rows of Latvian
 * students with valid personal codes, written as CSV (any encoding and separator) or XLSX.
 */
public final class StudentLists {
    /** The columns of a register list, as a Latvian registrar's spreadsheet heads them. */
    public static final List<String> HEADERS = List.of("Nr.", "Vārds", "Uzvārds", "Personas kods",
            "Dzimšanas datums", "Dzimums", "Klase", "Tālrunis", "Deklarētā adrese", "Rīkojuma Nr.", "Rīkojuma datums");
    private static final String[] GIRLS = {"Līga", "Ūna", "Šarlote", "Ņina", "Ieva", "Anna", "Žanete", "Ērika"};
    private static final String[] BOYS = {"Ēriks", "Žanis", "Ģirts", "Kārlis", "Jānis", "Čaba", "Oļegs", "Rūdolfs"};
    private static final String[] SURNAMES = {"Bērziņ", "Kļaviņ", "Ozoliņ", "Liepiņ", "Krūmiņ", "Zariņ", "Šmit", "Ķēniņ"};

    private StudentLists() {
    }

    /**
     * {@code count} students spread over the classes, each with a personal code that none of
     * {@code taken} is and no other row has; birth dates as dd.MM.yyyy, gender as V or S.
     */
    public static List<List<String>> students(int count, List<String> classNames, Collection<String> taken, long seed) {
        Random random = new Random(seed);
        Set<String> used = new HashSet<>(taken);
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            boolean girl = random.nextBoolean();
            String first = girl ? GIRLS[random.nextInt(GIRLS.length)] : BOYS[random.nextInt(BOYS.length)];
            String last = SURNAMES[random.nextInt(SURNAMES.length)] + (girl ? "a" : "š");
            LocalDate birth = LocalDate.of(2008, 1, 1).plusDays(random.nextInt(4000));
            String code;
            do {
                code = PersonalCode.forBirthDate(birth, random.nextInt(1000)).value();
            } while (!used.add(code));
            rows.add(List.of(String.valueOf(i + 1), first, last, code, lv.klade.i18n.Messages.date(birth),
                    girl ? "S" : "V", classNames.get(i % classNames.size()), "2" + (1000000 + random.nextInt(8999999)),
                    "Rīga, Brīvības iela " + (i + 1), "1-12/" + (i % 3 + 1), "28.08.2026"));
        }
        return rows;
    }

    /** Writes the rows as CSV: a header row, then the rows, in the charset, with the separator. */
    public static Path csv(Path file, List<String> headers, List<List<String>> rows, Charset charset, char separator,
                           boolean bom) {
        try (OutputStream out = Files.newOutputStream(file)) {
            if (bom) {
                out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            }
            Writer writer = new OutputStreamWriter(out, charset);
            try (CSVPrinter printer = new CSVPrinter(writer, CSVFormat.EXCEL.builder().setDelimiter(separator).get())) {
                printer.printRecord(headers);
                for (List<String> row : rows) {
                    printer.printRecord(row);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /** Writes the rows as UTF-8 CSV with {@code ;}, as a test's usual list. */
    public static Path csv(Path file, List<String> headers, List<List<String>> rows) {
        return csv(file, headers, rows, StandardCharsets.UTF_8, ';', false);
    }

    /**
     * Writes the rows as the first sheet of an XLSX workbook under a header row; a value written
     * dd.MM.yyyy becomes a date cell, as Excel makes it of a typed date.
     */
    public static Path xlsx(Path file, List<String> headers, List<List<String>> rows) {
        try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = book.createSheet("Skolēni");
            CellStyle dateStyle = book.createCellStyle();
            dateStyle.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("dd.mm.yyyy"));
            write(sheet.createRow(0), headers, dateStyle);
            for (int r = 0; r < rows.size(); r++) {
                write(sheet.createRow(r + 1), rows.get(r), dateStyle);
            }
            book.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    private static void write(Row row, List<String> values, CellStyle dateStyle) {
        for (int c = 0; c < values.size(); c++) {
            Cell cell = row.createCell(c);
            String value = values.get(c);
            if (value.matches("\\d{2}\\.\\d{2}\\.\\d{4}")) {
                cell.setCellValue(LocalDate.parse(value, lv.klade.i18n.Messages.dateFormat()));
                cell.setCellStyle(dateStyle);
            } else {
                cell.setCellValue(value);
            }
        }
    }
}
