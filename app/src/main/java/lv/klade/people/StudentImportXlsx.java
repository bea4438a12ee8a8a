package lv.klade.people;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import lv.klade.i18n.Messages;
import lv.klade.i18n.UserError;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A student list saved as an XLSX workbook: the first sheet, its first row that holds anything as
 * the header. A header with merged cells is refused, since a merged cell hides which column is
 * which; merged cells below it (a class written once beside its students) count in every cell.
 */
final class StudentImportXlsx {
    private StudentImportXlsx() {
    }

    static StudentImportTable read(String name, byte[] bytes) {
        if (!hasWorkbookPart(bytes)) {
            // A .docx, an .ods or any other zip: refused before POI, which would log its own complaint.
            throw UserError.of("people.import.file.unknownFormat", name);
        }
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            if (book.getNumberOfSheets() == 0) {
                throw UserError.of("people.import.file.empty", name);
            }
            return read(name, book.getSheetAt(0));
        } catch (UserError e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            // POI says "not an Office file", "no workbook part", a broken zip…: for the user, not a workbook.
            throw UserError.of("people.import.file.unknownFormat", name);
        }
    }

    private static boolean hasWorkbookPart(byte[] bytes) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().equals("xl/workbook.xml")) {
                    return true;
                }
            }
            return false;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    private static StudentImportTable read(String name, Sheet sheet) {
        int header = headerRow(sheet);
        if (header < 0) {
            throw UserError.of("people.import.file.empty", name);
        }
        Map<CellAddress, String> merged = new HashMap<>();
        for (CellRangeAddress region : sheet.getMergedRegions()) {
            if (region.getFirstRow() <= header && region.getLastRow() >= header) {
                throw UserError.of("people.import.file.mergedHeader", name, region.formatAsString(), header + 1);
            }
            String value = text(cellAt(sheet, region.getFirstRow(), region.getFirstColumn()));
            region.forEach(address -> merged.put(address, value));
        }
        List<String> headerCells = cells(sheet.getRow(header), header, merged);
        List<StudentImportTable.Row> rows = new ArrayList<>();
        for (int r = header + 1; r <= sheet.getLastRowNum(); r++) {
            rows.add(new StudentImportTable.Row(r + 1, cells(sheet.getRow(r), r, merged)));
        }
        return StudentImportFiles.table(name, "XLSX · " + sheet.getSheetName(), headerCells, rows);
    }

    private static int headerRow(Sheet sheet) {
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (!text(cell).isBlank()) {
                    return row.getRowNum();
                }
            }
        }
        return -1;
    }

    private static List<String> cells(Row row, int rowIndex, Map<CellAddress, String> merged) {
        List<String> cells = new ArrayList<>();
        int width = row == null ? 0 : Math.max(row.getLastCellNum(), 0);
        for (int c = 0; c < width; c++) {
            cells.add(text(row.getCell(c)));
        }
        merged.forEach((address, value) -> {
            if (address.getRow() == rowIndex) {
                while (cells.size() <= address.getColumn()) {
                    cells.add("");
                }
                cells.set(address.getColumn(), value);
            }
        });
        return cells;
    }

    private static Cell cellAt(Sheet sheet, int row, int column) {
        Row r = sheet.getRow(row);
        return r == null ? null : r.getCell(column);
    }

    /**
     * A cell as text: dates as dd.MM.yyyy, as a CSV list writes them and the preview shows every date;
     * whole numbers without ".0"; a formula as its last result.
     */
    private static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> cell.getStringCellValue();
            case NUMERIC -> DateUtil.isCellDateFormatted(cell)
                    ? Messages.date(cell.getLocalDateTimeCellValue().toLocalDate())
                    : BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
            case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
            default -> "";
        };
    }
}
