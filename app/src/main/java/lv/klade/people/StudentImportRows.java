package lv.klade.people;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import lv.klade.i18n.Problem;
import lv.klade.school.Programme;
import lv.klade.school.SchoolClass;
import lv.klade.school.SchoolYear;

import static lv.klade.people.StudentImportField.*;

/**
 * Turns one row of a student list into an admission, or into the problems that keep it out: each
 * problem says what is wrong with the row and what to write instead. Checks that need the other
 * rows or the journal's students (a personal code twice) are {@link StudentImportService}'s.
 */
final class StudentImportRows {
    private static final List<DateTimeFormatter> DATES = List.of(
            DateTimeFormatter.ofPattern("d.M.uuuu"), DateTimeFormatter.ofPattern("uuuu-M-d"),
            DateTimeFormatter.ofPattern("d/M/uuuu"), DateTimeFormatter.ofPattern("d-M-uuuu"))
            .stream().map(f -> f.withResolverStyle(ResolverStyle.STRICT)).toList();

    /** The journal's facts a row is checked against: the current year, its classes, the programmes. */
    record Context(SchoolYear year, Map<String, SchoolClass> classes, Map<String, Programme> programmes) {
        static String classKey(String name) {
            return name.toLowerCase(Locale.ROOT).replaceAll("[\\s.]", "");
        }
    }

    /** A row read: its admission when it has no problem of its own, and its personal code when that is valid. */
    record Read(int row, Admission admission, PersonalCode code, List<Problem> problems) {
    }

    private final StudentImportMapping mapping;
    private final StudentImportDefaults defaults;
    private final Context context;

    StudentImportRows(StudentImportMapping mapping, StudentImportDefaults defaults, Context context) {
        this.mapping = mapping;
        this.defaults = defaults;
        this.context = context;
    }

    Read read(StudentImportTable.Row row) {
        List<Problem> problems = new ArrayList<>();
        String first = text(row, FIRST_NAME);
        String last = text(row, LAST_NAME);
        if (first.isEmpty()) {
            problems.add(Problem.of("people.import.row.missing", FIRST_NAME, column(FIRST_NAME)));
        }
        if (last.isEmpty()) {
            problems.add(Problem.of("people.import.row.missing", LAST_NAME, column(LAST_NAME)));
        }
        PersonalCode code = code(row, problems);
        LocalDate birth = birthDate(row, code, problems);
        Optional<Gender> gender = gender(row, problems);
        SchoolClass schoolClass = schoolClass(row, problems);
        LocalDate from = date(row, ADMISSION_DATE, problems)
                .orElse(defaults.from() != null ? defaults.from() : context.year().starts());
        if (from.isAfter(context.year().ends())) {
            problems.add(Problem.of("people.import.row.afterYear", from, context.year().name(), context.year().ends()));
        }
        if (schoolClass != null && schoolClass.endedOn(from)) {
            problems.add(Problem.of("people.import.row.classEnded", schoolClass.name(), schoolClass.ends()));
        }
        DirectorOrder order = order(row, problems);
        UUID programme = programme(row, schoolClass, problems);
        LocalDate issued = date(row, ID_DOCUMENT_DATE, problems).orElse(null);
        List<GuardianData> guardians = guardian(row, problems);
        if (!problems.isEmpty()) {
            return new Read(row.number(), null, code, problems);
        }
        StudentData data = new StudentData(first, last, code.value(), birth, gender.orElseThrow(), text(row, PHONE),
                text(row, ACTUAL_ADDRESS), text(row, DECLARED_ADDRESS),
                new IdDocument(text(row, ID_DOCUMENT_NUMBER), text(row, ID_DOCUMENT_ISSUER), issued), programme);
        return new Read(row.number(), new Admission(data, schoolClass.id(), from, order, guardians), code, problems);
    }

    private String text(StudentImportTable.Row row, StudentImportField field) {
        OptionalInt column = mapping.column(field);
        return column.isPresent() ? row.cell(column.getAsInt()) : "";
    }

    /** The column's header, or the field itself when no column holds it (the report names it then). */
    private Object column(StudentImportField field) {
        Optional<String> header = mapping.header(field);
        return header.isPresent() ? header.get() : field;
    }

    private PersonalCode code(StudentImportTable.Row row, List<Problem> problems) {
        String typed = text(row, PERSONAL_CODE);
        // A code typed into a number cell loses its leading zero: 010110-12345 becomes 1011012345.
        if (typed.matches("\\d{10}")) {
            typed = "0" + typed;
        }
        switch (PersonalCode.parse(typed)) {
            case PersonalCode.Parsed.Valid valid -> {
                return valid.code();
            }
            case PersonalCode.Parsed.Invalid invalid -> {
                problems.add(invalid.problem());
                return null;
            }
        }
    }

    private LocalDate birthDate(StudentImportTable.Row row, PersonalCode code, List<Problem> problems) {
        int before = problems.size();
        Optional<LocalDate> typed = date(row, BIRTH_DATE, problems);
        if (problems.size() > before || code == null) {
            return null;
        }
        Optional<LocalDate> inCode = code.birthDate();
        if (typed.isPresent() && inCode.isPresent() && !typed.get().equals(inCode.get())) {
            problems.add(Problem.of("people.import.row.birthDateDiffers", typed.get(), code.value(), inCode.get()));
            return null;
        }
        if (typed.isEmpty() && inCode.isEmpty()) {
            problems.add(Problem.of("people.import.row.birthDateMissing", code.value(), column(BIRTH_DATE)));
            return null;
        }
        return typed.orElseGet(inCode::get);
    }

    private Optional<Gender> gender(StudentImportTable.Row row, List<Problem> problems) {
        String typed = text(row, GENDER);
        if (typed.isEmpty()) {
            problems.add(Problem.of("people.import.row.missing", GENDER, column(GENDER)));
            return Optional.empty();
        }
        Optional<Gender> gender = gender(typed);
        if (gender.isEmpty()) {
            problems.add(Problem.of("people.import.row.badGender", typed));
        }
        return gender;
    }

    /** "M"/"F" as the register writes them, and the Latvian and English words and letters for them. */
    static Optional<Gender> gender(String typed) {
        String word = StudentImportField.normalised(typed);
        return switch (word) {
            case "m", "v", "vir", "virietis", "zens", "male", "man", "boy" -> Optional.of(Gender.M);
            case "f", "s", "siev", "sieviete", "meitene", "female", "woman", "girl", "w" -> Optional.of(Gender.F);
            default -> Optional.empty();
        };
    }

    private SchoolClass schoolClass(StudentImportTable.Row row, List<Problem> problems) {
        String typed = text(row, CLASS);
        if (typed.isEmpty()) {
            problems.add(Problem.of("people.import.row.missing", CLASS, column(CLASS)));
            return null;
        }
        SchoolClass found = context.classes().get(Context.classKey(typed));
        if (found == null) {
            problems.add(Problem.of("people.import.row.unknownClass", typed, context.year().name()));
        }
        return found;
    }

    /**
     * The row's order, or the list's; when the list has neither column for it and no order for all,
     * the service reports that once for the file, not on every row.
     */
    private DirectorOrder order(StudentImportTable.Row row, List<Problem> problems) {
        int before = problems.size();
        String number = text(row, ORDER_NUMBER);
        Optional<LocalDate> date = date(row, ORDER_DATE, problems);
        DirectorOrder fallback = defaults.order();
        DirectorOrder order = new DirectorOrder(!number.isEmpty() ? number : fallback == null ? null : fallback.number(),
                date.orElse(fallback == null ? null : fallback.date()));
        if (!order.isComplete() && problems.size() == before && orderCanBeGiven(mapping, defaults)) {
            problems.add(Problem.of("people.import.row.orderMissing", column(ORDER_NUMBER), column(ORDER_DATE)));
        }
        return order;
    }

    /** True when each part of the order comes from a column or from the order for all. */
    static boolean orderCanBeGiven(StudentImportMapping mapping, StudentImportDefaults defaults) {
        DirectorOrder fallback = defaults.order();
        boolean number = mapping.column(ORDER_NUMBER).isPresent()
                || fallback != null && fallback.number() != null && !fallback.number().isEmpty();
        boolean date = mapping.column(ORDER_DATE).isPresent() || fallback != null && fallback.date() != null;
        return number && date;
    }

    private UUID programme(StudentImportTable.Row row, SchoolClass schoolClass, List<Problem> problems) {
        String typed = text(row, PROGRAMME);
        if (typed.isEmpty()) {
            return schoolClass == null ? null : schoolClass.programmeId();
        }
        Programme programme = context.programmes().get(typed.replaceAll("\\s", ""));
        if (programme == null) {
            problems.add(Problem.of("people.import.row.unknownProgramme", typed));
            return null;
        }
        return programme.id();
    }

    private List<GuardianData> guardian(StudentImportTable.Row row, List<Problem> problems) {
        String first = text(row, GUARDIAN_FIRST_NAME);
        String last = text(row, GUARDIAN_LAST_NAME);
        String phone = text(row, GUARDIAN_PHONE);
        String relation = text(row, GUARDIAN_RELATION);
        if (first.isEmpty() && last.isEmpty() && phone.isEmpty() && relation.isEmpty()) {
            return List.of();
        }
        if (first.isEmpty() || last.isEmpty()) {
            problems.add(Problem.of("people.import.row.guardianName", column(GUARDIAN_FIRST_NAME),
                    column(GUARDIAN_LAST_NAME)));
            return List.of();
        }
        return List.of(new GuardianData(first, last, phone, relation));
    }

    /** The field's date; blank is empty, and a cell that is not a date is a problem. */
    private Optional<LocalDate> date(StudentImportTable.Row row, StudentImportField field, List<Problem> problems) {
        String typed = text(row, field);
        if (typed.isEmpty()) {
            return Optional.empty();
        }
        Optional<LocalDate> date = date(typed);
        if (date.isEmpty()) {
            problems.add(Problem.of("people.import.row.badDate", typed, column(field)));
        }
        return date;
    }

    /** dd.mm.yyyy (with or without the closing dot Latvians write), ISO, dd/mm/yyyy or dd-mm-yyyy. */
    static Optional<LocalDate> date(String typed) {
        String text = typed.strip();
        String withoutDot = text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
        for (DateTimeFormatter format : DATES) {
            try {
                return Optional.of(LocalDate.parse(withoutDot, format));
            } catch (DateTimeParseException e) {
                // try the next way of writing a date
            }
        }
        return Optional.empty();
    }
}
