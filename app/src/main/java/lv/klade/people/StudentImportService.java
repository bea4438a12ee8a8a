package lv.klade.people;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import lv.klade.db.Actor;
import lv.klade.db.JournalStore;
import lv.klade.db.Writes;
import lv.klade.i18n.Problem;
import lv.klade.i18n.UserError;
import lv.klade.school.ClassRepository;
import lv.klade.school.Programme;
import lv.klade.school.SchoolClass;
import lv.klade.school.SchoolRepository;
import lv.klade.school.SchoolYear;

/**
 * Importing a student list from the state register or a school's spreadsheet: every row is checked
 * first, and the whole list is admitted in one transaction through {@link StudentService}, so that
 * either every student is written or none is. Only the registrar and the administrator may import;
 * with "valid rows only" they may admit the rows that passed and leave the refused ones out.
 */
public final class StudentImportService {
    private final JournalStore store;
    private final StudentService students;
    private final StudentRepository studentRows;
    private final SchoolRepository schools;
    private final ClassRepository classes;

    public StudentImportService(JournalStore store, StudentService students, SchoolRepository schools,
                                ClassRepository classes) {
        this.store = store;
        this.students = students;
        this.studentRows = new StudentRepository(store);
        this.schools = schools;
        this.classes = classes;
    }

    /** Refuses anyone but the registrar and the administrator, who enter students. */
    public static void requireRight(StaffMember who) {
        if (!PersonalDataAccess.mayEditStudents(who)) {
            throw UserError.of("people.import.notAllowed", who.fullName());
        }
    }

    /** Checks every row against the mapping, the other rows and the journal; writes nothing. */
    public StudentImportCheck check(StudentImportTable table, StudentImportMapping mapping,
                                    StudentImportDefaults defaults) {
        List<Problem> fileProblems = new ArrayList<>(mapping.problems());
        if (!fileProblems.isEmpty()) {
            // Without its columns no row can be read; the columns come first.
            return new StudentImportCheck(table, mapping, fileProblems, List.of(), List.of());
        }
        if (!StudentImportRows.orderCanBeGiven(mapping, defaults)) {
            fileProblems.add(Problem.of("people.import.orderMissing"));
        }
        StudentImportRows.Context context = context();
        Map<UUID, String> classNames = context.classes().values().stream()
                .collect(Collectors.toMap(SchoolClass::id, SchoolClass::name));
        StudentImportRows reader = new StudentImportRows(mapping, defaults, context);
        List<StudentImportRows.Read> read = table.rows().stream().map(reader::read).toList();
        Map<String, Student> inJournal = studentRows.byCodes(read.stream()
                .filter(r -> r.code() != null).map(r -> r.code().value()).collect(Collectors.toSet()));
        Map<String, Integer> firstRow = new HashMap<>();
        List<StudentImportCheck.RowProblem> problems = new ArrayList<>();
        List<StudentImportCheck.ValidRow> valid = new ArrayList<>();
        for (StudentImportRows.Read row : read) {
            List<Problem> own = new ArrayList<>(row.problems());
            if (row.code() != null) {
                Integer earlier = firstRow.putIfAbsent(row.code().value(), row.row());
                if (earlier != null) {
                    own.add(Problem.of("people.import.row.codeTwice", row.code().value(), String.valueOf(earlier)));
                }
                Student existing = inJournal.get(row.code().value());
                if (existing != null) {
                    own.add(existing.currentClass()
                            .map(id -> Problem.of("people.import.row.codeTaken", row.code().value(), existing.fullName(),
                                    classNames.getOrDefault(id, "?")))
                            .orElseGet(() -> Problem.of("people.import.row.codeTakenLeft", row.code().value(),
                                    existing.fullName())));
                }
            }
            own.forEach(p -> problems.add(new StudentImportCheck.RowProblem(row.row(), p)));
            if (own.isEmpty() && fileProblems.isEmpty()) {
                valid.add(new StudentImportCheck.ValidRow(row.row(), row.admission()));
            }
        }
        return new StudentImportCheck(table, mapping, fileProblems, problems, valid);
    }

    /**
     * Admits the checked list in one transaction and returns how many students were admitted. A list
     * with refused rows is refused whole, unless {@code validOnly}: then its valid rows are admitted.
     */
    public int importStudents(StaffMember who, StudentImportCheck check, boolean validOnly) {
        return admit(who, check, validOnly, work -> store.write(Actor.user(who.id()), work));
    }

    /** The same as {@link #importStudents}, in a transaction that is rolled back: what it would do. */
    public int tryImport(StaffMember who, StudentImportCheck check, boolean validOnly) {
        return admit(who, check, validOnly, work -> store.tryOut(Actor.user(who.id()), work));
    }

    private int admit(StaffMember who, StudentImportCheck check, boolean validOnly,
                      Function<Function<Writes, Integer>, Integer> transaction) {
        requireRight(who);
        if (!check.allValid() && !validOnly) {
            throw UserError.of("people.import.refused", check.refused());
        }
        List<Admission> admissions = check.admissions();
        if (admissions.isEmpty()) {
            throw UserError.of("people.import.nothingValid");
        }
        return transaction.apply(w -> students.admitAll(w, admissions).size());
    }

    private StudentImportRows.Context context() {
        SchoolYear year = schools.currentYear().orElseThrow(() -> UserError.of("school.missing"));
        Map<String, SchoolClass> byName = classes.classes(year.id()).stream()
                .collect(Collectors.toMap(c -> StudentImportRows.Context.classKey(c.name()), Function.identity(),
                        (a, b) -> a));
        Map<String, Programme> programmes = classes.programmes().stream()
                .collect(Collectors.toMap(Programme::code, Function.identity(), (a, b) -> a));
        return new StudentImportRows.Context(year, byName, programmes);
    }
}
