package lv.klade.people;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import lv.klade.i18n.Messages;
import lv.klade.i18n.Problem;

/**
 * A student list's check in words, the same in the window and on the command line: the counts, then
 * one line for each problem of the file and of each row (by row number), each saying what to do.
 */
public final class StudentImportReport {
    private StudentImportReport() {
    }

    /** The counts line: rows, valid, refused. */
    public static String counts(StudentImportCheck check, Messages messages) {
        return messages.get("people.import.counts", check.rows(), check.valid().size(), check.refused());
    }

    /** One line for each problem: the file's first, then the rows' in row order. */
    public static List<String> problems(StudentImportCheck check, Messages messages) {
        List<String> lines = new ArrayList<>();
        check.fileProblems().forEach(p -> lines.add(text(p, messages)));
        check.rowProblems().stream().sorted(Comparator.comparingInt(StudentImportCheck.RowProblem::row))
                .forEach(p -> lines.add(messages.get("people.import.rowLine", String.valueOf(p.row()),
                        text(p.problem(), messages))));
        return lines;
    }

    /** What the import does with refused rows: nothing is written unless only the valid rows are chosen. */
    public static String policy(StudentImportCheck check, Messages messages) {
        return messages.get(check.allValid() ? "people.import.policy.clean" : "people.import.policy.refused",
                check.refused());
    }

    /** The problem in words; a field it names is put in the user's language. */
    public static String text(Problem problem, Messages messages) {
        Object[] args = problem.args().stream()
                .map(a -> a instanceof StudentImportField field ? messages.get(field.messageKey()) : a)
                .toArray();
        return messages.get(problem.key(), args);
    }

    /** The field's name in the user's language. */
    public static String name(StudentImportField field, Messages messages) {
        return messages.get(field.messageKey());
    }
}
