package lv.klade.people.ui;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.IntStream;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import lv.klade.i18n.Messages;
import lv.klade.i18n.UserError;
import lv.klade.people.DirectorOrder;
import lv.klade.people.StaffMember;
import lv.klade.people.StudentImportCheck;
import lv.klade.people.StudentImportDefaults;
import lv.klade.people.StudentImportField;
import lv.klade.people.StudentImportFiles;
import lv.klade.people.StudentImportMapping;
import lv.klade.people.StudentImportReport;
import lv.klade.people.StudentImportService;
import lv.klade.people.StudentImportTable;
import lv.klade.ui.Background;

/**
 * The student list import: a file is read and checked off the FX thread, its columns shown with the
 * field each holds (the user may change any), its first rows, and the check's report; the import
 * button is open only while nothing is refused, or when the user chose to import the valid rows only.
 * The mapping last imported with is remembered and offered for the next file.
 */
public final class StudentImportViewModel {
    private static final Logger LOG = Logger.getLogger(StudentImportViewModel.class.getName());
    /** How many rows the preview shows. */
    static final int PREVIEW_ROWS = 8;

    /** Where the window keeps the last mapping used, as a mapping file's JSON. */
    public interface MappingMemory {
        Optional<String> recall();

        void remember(String json);

        static MappingMemory of(Supplier<Optional<String>> recall, Consumer<String> remember) {
            return new MappingMemory() {
                @Override
                public Optional<String> recall() {
                    return recall.get();
                }

                @Override
                public void remember(String json) {
                    remember.accept(json);
                }
            };
        }
    }

    /** A column of the file: its header, a value from it, and the field it is imported as. */
    public record ColumnRow(int index, String header, String sample, StudentImportField field) {
    }

    private record Read(StudentImportTable table, StudentImportCheck check) {
    }

    private final StudentImportService imports;
    private final StaffMember user;
    private final MappingMemory memory;
    private final Background background;
    private final Messages text;
    private final ObservableList<ColumnRow> columns = FXCollections.observableArrayList();
    private final ObservableList<List<String>> preview = FXCollections.observableArrayList();
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<List<String>> headers = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyStringWrapper file = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper counts = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper policy = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper result = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canImport = new ReadOnlyBooleanWrapper();
    private final BooleanProperty validOnly = new SimpleBooleanProperty();
    private final StringProperty orderNumber = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> orderDate = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private StudentImportTable table;
    private StudentImportMapping mapping;
    private StudentImportCheck check;
    private boolean imported;
    // Each check gets a number, so a check that ends after a newer one was asked for is dropped.
    private int request;

    public StudentImportViewModel(StudentImportService imports, StaffMember user, MappingMemory memory,
                                  Background background) {
        this.imports = imports;
        this.user = user;
        this.memory = memory;
        this.background = background;
        this.text = background.messages();
        file.set(text.get("people.import.noFile"));
        validOnly.addListener((o, was, now) -> updateCanImport());
        orderNumber.addListener((o, was, now) -> recheck());
        orderDate.addListener((o, was, now) -> recheck());
        from.addListener((o, was, now) -> recheck());
    }

    /** Reads and checks the file, with the remembered mapping where its headers match. */
    public void open(Path chosen) {
        int asked = ++request;
        StudentImportDefaults defaults = defaults();
        start("people.import.checking");
        background.run(() -> {
            StudentImportTable read = StudentImportFiles.read(chosen);
            StudentImportMapping guessed = StudentImportMapping.guess(read.headers(), remembered());
            return new Read(read, imports.check(read, guessed, defaults));
        }, read -> {
            if (asked == request) {
                table = read.table();
                imported = false;
                result.set("");
                file.set(text.get("people.import.fileLine", table.fileName(), table.source()));
                headers.set(table.headers());
                preview.setAll(table.rows().stream().limit(PREVIEW_ROWS).map(StudentImportViewModel::previewRow).toList());
                show(read.check());
            }
        }, message -> {
            if (asked == request) {
                // The file chosen is not a list: nothing of an earlier one stays on show as if it were its.
                table = null;
                check = null;
                file.set(text.get("people.import.noFile"));
                clear();
                error.set(message);
                done();
            }
        });
    }

    /** The mapping the window last imported with; a broken one is forgotten, not shown as an error. */
    private Map<String, StudentImportField> remembered() {
        try {
            return memory.recall().map(json -> StudentImportMapping.parse(json, "")).orElse(Map.of());
        } catch (UserError e) {
            LOG.log(Level.INFO, "The remembered mapping is not used: {0}", e.getMessage());
            return Map.of();
        }
    }

    private static List<String> previewRow(StudentImportTable.Row row) {
        List<String> cells = new ArrayList<>();
        cells.add(String.valueOf(row.number()));
        cells.addAll(row.cells());
        return cells;
    }

    /** Imports the column as {@code field} instead, and checks the list again. */
    public void setField(int column, StudentImportField field) {
        if (mapping == null || mapping.fields().get(column) == field) {
            return;
        }
        mapping = mapping.withField(column, field);
        columns.set(column, new ColumnRow(column, mapping.headers().get(column), table.sample(column), field));
        recheck();
    }

    private void recheck() {
        if (table == null || imported) {
            return;
        }
        int asked = ++request;
        StudentImportTable current = table;
        StudentImportMapping chosen = mapping;
        StudentImportDefaults defaults = defaults();
        start("people.import.checking");
        background.run(() -> imports.check(current, chosen, defaults), checked -> {
            if (asked == request) {
                show(checked);
            }
        }, message -> {
            if (asked == request) {
                error.set(message);
                done();
            }
        });
    }

    private StudentImportDefaults defaults() {
        String number = orderNumber.get() == null ? "" : orderNumber.get().strip();
        return new StudentImportDefaults(from.get(), new DirectorOrder(number.isEmpty() ? null : number, orderDate.get()));
    }

    private void show(StudentImportCheck checked) {
        check = checked;
        mapping = checked.mapping();
        List<ColumnRow> rows = IntStream.range(0, mapping.headers().size())
                .mapToObj(i -> new ColumnRow(i, mapping.headers().get(i), table.sample(i), mapping.fields().get(i)))
                .toList();
        if (!rows.equals(columns)) {
            columns.setAll(rows);
        }
        counts.set(StudentImportReport.counts(checked, text));
        List<String> lines = StudentImportReport.problems(checked, text);
        problems.setAll(lines.isEmpty() ? List.of(text.get("people.import.noProblems")) : lines);
        policy.set(StudentImportReport.policy(checked, text));
        error.set("");
        done();
    }

    /** Imports the checked list in one transaction: all of it, or with "valid rows only" its valid rows. */
    public void importStudents() {
        if (!canImport.get()) {
            return;
        }
        StudentImportCheck checked = check;
        boolean onlyValid = validOnly.get();
        ++request;
        start("people.import.importing");
        background.run(() -> {
            int admitted = imports.importStudents(user, checked, onlyValid);
            memory.remember(checked.mapping().toJson());
            return admitted;
        }, admitted -> {
            imported = true;
            result.set(checked.allValid() ? text.get("people.import.done", admitted)
                    : text.get("people.import.doneValidOnly", admitted, checked.refused()));
            done();
        }, message -> {
            error.set(message);
            done();
        });
    }

    private void start(String key) {
        status.set(text.get(key));
        busy.set(true);
        updateCanImport();
    }

    private void done() {
        status.set("");
        busy.set(false);
        updateCanImport();
    }

    private void clear() {
        columns.clear();
        preview.clear();
        problems.clear();
        headers.set(List.of());
        counts.set("");
        policy.set("");
    }

    private void updateCanImport() {
        canImport.set(check != null && !busy.get() && !imported && !check.valid().isEmpty()
                && (check.allValid() || validOnly.get()));
    }

    /** Every field a column may be imported as, in the order the list offers them. */
    public List<StudentImportField> fields() {
        return List.of(StudentImportField.values());
    }

    public ObservableList<ColumnRow> columns() {
        return columns;
    }

    /** The first rows: each the row's number and then its cells, in the order of {@link #headersProperty()}. */
    public ObservableList<List<String>> preview() {
        return preview;
    }

    /** The report's lines: one per problem, or one saying there is none. */
    public ObservableList<String> problems() {
        return problems;
    }

    public ReadOnlyObjectProperty<List<String>> headersProperty() {
        return headers.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty fileProperty() {
        return file.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty countsProperty() {
        return counts.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty policyProperty() {
        return policy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty resultProperty() {
        return result.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canImportProperty() {
        return canImport.getReadOnlyProperty();
    }

    public BooleanProperty validOnlyProperty() {
        return validOnly;
    }

    /** The order for the rows that name none: its number … */
    public StringProperty orderNumberProperty() {
        return orderNumber;
    }

    /** … and its date. */
    public ObjectProperty<LocalDate> orderDateProperty() {
        return orderDate;
    }

    /** The date the rows without one are in their classes from; empty for the school year's first day. */
    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }
}
