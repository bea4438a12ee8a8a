package lv.klade.people;

import java.util.List;
import lv.klade.i18n.Problem;

/**
 * What checking a student list found, before anything is written: the problems of the file as a
 * whole (its columns), each refused row's problems, and the rows that can be admitted.
 */
public record StudentImportCheck(StudentImportTable table, StudentImportMapping mapping, List<Problem> fileProblems,
                                 List<RowProblem> rowProblems, List<ValidRow> valid) {

    public StudentImportCheck {
        fileProblems = List.copyOf(fileProblems);
        rowProblems = List.copyOf(rowProblems);
        valid = List.copyOf(valid);
    }

    /** One problem of one row; {@code row} is the number a spreadsheet shows. */
    public record RowProblem(int row, Problem problem) {
    }

    /** A row that can be admitted as it is. */
    public record ValidRow(int row, Admission admission) {
    }

    /** How many rows the list has (blank rows not counted). */
    public int rows() {
        return table.rows().size();
    }

    /** How many rows cannot be admitted. */
    public int refused() {
        return rows() - valid.size();
    }

    /** True when every row can be admitted. */
    public boolean allValid() {
        return refused() == 0 && fileProblems.isEmpty();
    }

    /** The admissions the import would write: all of them, or with {@code validOnly} those of the valid rows. */
    List<Admission> admissions() {
        return valid.stream().map(ValidRow::admission).toList();
    }
}
