package lv.klade.people;

import java.util.List;

/**
 * A student list as read from its file: the header row's names (made unique, so a mapping file can
 * name each column) and the rows below it, each with the row number the user sees in a
 * spreadsheet program (the header is row 1 when it is the first row).
 *
 * @param source how the file was read, for the report: "CSV, Windows-1257, ;" or "XLSX, Lapa1"
 */
public record StudentImportTable(String fileName, String source, List<String> headers, List<Row> rows) {

    public StudentImportTable {
        headers = List.copyOf(headers);
        rows = List.copyOf(rows);
    }

    /** One row of cells; a row shorter than the header has blank cells at its end. */
    public record Row(int number, List<String> cells) {

        public Row {
            cells = List.copyOf(cells);
        }

        /** The cell of a column, stripped; blank when the row has no such cell. */
        public String cell(int column) {
            return column >= 0 && column < cells.size() ? cells.get(column).strip() : "";
        }
    }

    /** The first value of a column that is not blank, to show what the column holds. */
    public String sample(int column) {
        return rows.stream().map(r -> r.cell(column)).filter(c -> !c.isEmpty()).findFirst().orElse("");
    }
}
