package lv.klade.yearend;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import lv.klade.grades.Grade;
import lv.klade.grades.StudentFinals;
import lv.klade.grades.SubjectFinal;
import lv.klade.grades.YearResults;
import lv.klade.i18n.UserError;
import lv.klade.people.Role;
import lv.klade.people.StaffMember;
import lv.klade.school.ClassRepository;
import lv.klade.school.Programme;
import lv.klade.school.SchoolClass;
import lv.klade.school.SchoolYear;

/**
 * The final grades of one leaving form (9 or 12) in the current year, for the state register (VIIS):
 * one row per student and subject, laid out as {@code app/FINAL-GRADES.md} describes. Only those who
 * may see personal codes in bulk may export them: the registrar, the deputy director, the administrator.
 */
public final class FinalGrades {
    /** The columns, in order; the header line names them so. */
    public static final List<String> COLUMNS = List.of("personas_kods", "vards", "uzvards", "klase",
            "programmas_kods", "macibu_prieksmets", "gada_vertejums", "pecparbaudijums", "eksamens",
            "galigais_vertejums", "macibu_gads", "gada_beigas");
    static final char SEPARATOR = ';';
    static final String LINE_END = "\r\n";

    /** One student's subject as a row; the grades' cells are empty where nothing is recorded. */
    public record Row(StudentFinals student, SchoolClass schoolClass, String programmeCode, SubjectFinal subject) {
    }

    /** A student whose standing grade is missing in these subjects. */
    public record Lacking(String className, String student, List<String> subjects) {
    }

    /** The rows of the form's classes, and who lacks a grade. */
    public record Export(SchoolYear year, int form, List<Row> rows, List<Lacking> lacking) {

        public Export {
            rows = List.copyOf(rows);
            lacking = List.copyOf(lacking);
        }

        public long students() {
            return rows.stream().map(r -> r.student().student().id()).distinct().count();
        }

        /** Writes the header and every row, separated by {@value #SEPARATOR}, CRLF after each line. */
        public void writeCsv(Writer out) throws IOException {
            out.write(line(COLUMNS));
            for (Row row : rows) {
                var student = row.student().student();
                SubjectFinal subject = row.subject();
                out.write(line(List.of(student.personalCode() == null ? "" : student.personalCode().value(),
                        student.firstName(), student.lastName(), row.schoolClass().name(), row.programmeCode(),
                        subject.subject(), cell(subject.year()), cell(subject.reExamination()), cell(subject.exam()),
                        cell(subject.standing()), year.name(), year.ends().toString())));
            }
        }
    }

    private final ClassRepository classes;
    private final YearResults results;
    private final SchoolYear year;

    public FinalGrades(ClassRepository classes, YearResults results, SchoolYear year) {
        this.classes = classes;
        this.results = results;
        this.year = year;
    }

    /** Who may export: personal codes leave the journal in bulk. */
    public static boolean mayExport(StaffMember member) {
        return !member.revoked() && (member.holds(Role.REGISTRAR) || member.holds(Role.DEPUTY_DIRECTOR)
                || member.holds(Role.ADMINISTRATOR));
    }

    /** Form 9 or 12's rows for {@code member}, or a refusal when they may not, or the form has no class. */
    public Export of(StaffMember member, int form) {
        if (!mayExport(member)) {
            throw UserError.of("finalGrades.notAllowed");
        }
        if (form != 9 && form != 12) {
            throw UserError.of("finalGrades.badForm", String.valueOf(form));
        }
        List<SchoolClass> ofForm = classes.classes(year.id()).stream().filter(c -> c.form() == form).toList();
        if (ofForm.isEmpty()) {
            throw UserError.of("finalGrades.noClasses", String.valueOf(form), year.name());
        }
        Map<UUID, String> codes = classes.programmes().stream()
                .collect(Collectors.toMap(Programme::id, Programme::code, (a, b) -> a));
        List<Row> rows = new ArrayList<>();
        List<Lacking> lacking = new ArrayList<>();
        for (SchoolClass schoolClass : ofForm) {
            for (StudentFinals student : results.finals(schoolClass.id())) {
                // The student's own programme first: a class may teach more than one.
                UUID programme = Optional.ofNullable(student.student().programmeId()).orElse(schoolClass.programmeId());
                String code = programme == null ? "" : codes.getOrDefault(programme, "");
                student.subjects().forEach(s -> rows.add(new Row(student, schoolClass, code, s)));
                List<String> missing = student.subjects().stream().filter(s -> given(s.standing()).isEmpty())
                        .map(SubjectFinal::subject).toList();
                if (!missing.isEmpty()) {
                    lacking.add(new Lacking(schoolClass.name(), student.student().fullName(), missing));
                }
            }
        }
        return new Export(year, form, rows, lacking);
    }

    /** nv is no grade: it stands for a grade still to come, so it is missing and never exported. */
    private static Optional<Grade> given(Optional<Grade> grade) {
        return grade.filter(g -> !(g instanceof Grade.NoGrade));
    }

    private static String cell(Optional<Grade> grade) {
        return given(grade).map(Grade::typed).orElse("");
    }

    /** One CSV line: a cell holding the separator, a quote or a line break is quoted, its quotes doubled. */
    static String line(List<String> cells) {
        return cells.stream().map(FinalGrades::quoted).collect(Collectors.joining(String.valueOf(SEPARATOR)))
                + LINE_END;
    }

    private static String quoted(String cell) {
        boolean plain = cell.chars().noneMatch(c -> c == SEPARATOR || c == '"' || c == '\r' || c == '\n');
        return plain ? cell : '"' + cell.replace("\"", "\"\"") + '"';
    }
}
