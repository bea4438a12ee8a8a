package lv.klade.people;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import lv.klade.i18n.UserError;

/**
 * Reads a student list from a file, whatever it is: an XLSX workbook (its first sheet) or CSV text
 * (UTF-8 with or without BOM, UTF-16, or Windows-1257 as Latvian Excel saves it; {@code ;}, {@code ,}
 * or tab between cells). Anything else, an empty file or a broken one is refused with a
 * {@link UserError} that names the file and says what to do.
 */
public final class StudentImportFiles {
    private static final byte[] ZIP = {0x50, 0x4B, 0x03, 0x04};
    /** Excel 97–2003 workbooks (.xls) are OLE2 compound files. */
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};

    private StudentImportFiles() {
    }

    public static StudentImportTable read(Path file) {
        String name = String.valueOf(file.getFileName());
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw UserError.of("people.import.file.missing", file);
        } catch (IOException e) {
            throw UserError.of("people.import.file.unreadable", name, String.valueOf(e.getMessage()));
        }
        if (bytes.length == 0) {
            throw UserError.of("people.import.file.empty", name);
        }
        if (startsWith(bytes, ZIP)) {
            return StudentImportXlsx.read(name, bytes);
        }
        if (startsWith(bytes, OLE2)) {
            throw UserError.of("people.import.file.oldExcel", name);
        }
        return StudentImportCsv.read(name, bytes);
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * The header row's names as a mapping can tell them apart: a blank header is named by its
     * column's letters ("(C)"), and a name that comes again gets its count ("Vārds (2)").
     */
    static List<String> headers(List<String> cells) {
        List<String> names = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < cells.size(); i++) {
            String cell = cells.get(i) == null ? "" : cells.get(i).strip();
            String name = cell.isEmpty() ? "(" + columnLetters(i) + ")" : cell;
            int count = seen.merge(name, 1, Integer::sum);
            names.add(count == 1 ? name : name + " (" + count + ")");
        }
        return names;
    }

    /** A column's name in a spreadsheet: A … Z, AA, AB … */
    public static String columnLetters(int column) {
        StringBuilder letters = new StringBuilder();
        for (int n = column + 1; n > 0; n = (n - 1) / 26) {
            letters.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return letters.toString();
    }

    /** Drops cells past the header's width and rows with nothing in them; keeps the row numbers. */
    static StudentImportTable table(String name, String source, List<String> headerCells, List<StudentImportTable.Row> rows) {
        int width = headerCells.size();
        while (width > 0 && (headerCells.get(width - 1) == null || headerCells.get(width - 1).isBlank())) {
            width--;
        }
        if (width == 0) {
            throw UserError.of("people.import.file.empty", name);
        }
        int columns = width;
        List<StudentImportTable.Row> kept = rows.stream()
                .map(r -> new StudentImportTable.Row(r.number(), r.cells().subList(0, Math.min(columns, r.cells().size()))))
                .filter(r -> r.cells().stream().anyMatch(c -> c != null && !c.isBlank()))
                .toList();
        if (kept.isEmpty()) {
            throw UserError.of("people.import.file.noRows", name);
        }
        return new StudentImportTable(name, source, headers(headerCells.subList(0, columns)), kept);
    }
}
