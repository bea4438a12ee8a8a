package lv.klade.people;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What a column of an imported student list holds: one of the fields of {@link StudentData} and
 * {@link Admission}, or nothing Klade keeps ({@link #IGNORE}). Each field knows the header names
 * the state register's lists and schools' own spreadsheets use for it, in Latvian and English.
 */
public enum StudentImportField {
    IGNORE("ignore", false),
    FIRST_NAME("firstName", true, "vārds", "skolēna vārds", "first name", "given name", "forename"),
    LAST_NAME("lastName", true, "uzvārds", "skolēna uzvārds", "last name", "surname", "family name"),
    PERSONAL_CODE("personalCode", true, "personas kods", "p k", "pk", "pers kods", "personal code",
            "personal identity code", "personal id", "identity code"),
    BIRTH_DATE("birthDate", false, "dzimšanas datums", "dzim datums", "dzimis", "dzimusi", "date of birth",
            "birth date", "birthdate", "born"),
    GENDER("gender", true, "dzimums", "gender", "sex"),
    CLASS("class", true, "klase", "klases nosaukums", "class", "class name", "form"),
    ADMISSION_DATE("admissionDate", false, "uzņemšanas datums", "uzņemts", "mācās no", "datums no",
            "admission date", "admitted", "admitted on", "enrolled from"),
    ORDER_NUMBER("orderNumber", false, "rīkojuma nr", "rīkojuma numurs", "rīkojums", "order number", "order no",
            "order"),
    ORDER_DATE("orderDate", false, "rīkojuma datums", "order date"),
    PHONE("phone", false, "tālrunis", "tālr", "telefons", "tālruņa numurs", "mobilais", "phone", "telephone",
            "mobile"),
    ACTUAL_ADDRESS("actualAddress", false, "faktiskā adrese", "faktiskā dzīvesvieta", "dzīvesvieta", "adrese",
            "actual address", "home address", "address"),
    DECLARED_ADDRESS("declaredAddress", false, "deklarētā adrese", "deklarētā dzīvesvieta", "declared address",
            "registered address"),
    ID_DOCUMENT_NUMBER("idDocumentNumber", false, "dokumenta nr", "dokumenta numurs", "personu apliecinoša dokumenta nr",
            "pases nr", "dzimšanas apliecības nr", "id document number", "document number", "passport number"),
    ID_DOCUMENT_ISSUER("idDocumentIssuer", false, "izdevējs", "izdevēja iestāde", "dokumenta izdevējs", "izdevusi",
            "issued by", "issuer", "document issuer"),
    ID_DOCUMENT_DATE("idDocumentDate", false, "izdošanas datums", "izdots", "dokumenta izdošanas datums",
            "date of issue", "issue date", "issued"),
    PROGRAMME("programme", false, "izglītības programma", "izglītības programmas kods", "programmas kods",
            "programma", "programme", "programme code", "program", "program code"),
    GUARDIAN_FIRST_NAME("guardianFirstName", false, "vecāka vārds", "aizbildņa vārds", "likumiskā pārstāvja vārds",
            "parent first name", "guardian first name"),
    GUARDIAN_LAST_NAME("guardianLastName", false, "vecāka uzvārds", "aizbildņa uzvārds",
            "likumiskā pārstāvja uzvārds", "parent last name", "guardian last name"),
    GUARDIAN_PHONE("guardianPhone", false, "vecāka tālrunis", "aizbildņa tālrunis", "vecāka telefons",
            "parent phone", "guardian phone"),
    GUARDIAN_RELATION("guardianRelation", false, "radniecība", "vecāka radniecība", "relation", "relationship");

    private final String id;
    private final boolean required;
    private final List<String> headers;

    StudentImportField(String id, boolean required, String... headers) {
        this.id = id;
        this.required = required;
        this.headers = Arrays.stream(headers).map(StudentImportField::normalised).toList();
    }

    /** The field's name in a mapping file ({@code "personalCode"}). */
    public String id() {
        return id;
    }

    /** A row cannot be imported without it, so some column must hold it. */
    public boolean required() {
        return required;
    }

    /** The key of the field's name in the people bundle. */
    public String messageKey() {
        return "people.import.field." + id;
    }

    /** The field a mapping file names by its id, any case. */
    public static Optional<StudentImportField> byId(String id) {
        String wanted = id == null ? "" : id.strip();
        return Arrays.stream(values()).filter(f -> f.id.equalsIgnoreCase(wanted)).findFirst();
    }

    /** The field a header names ("Personas kods", "Dzimšanas datums (DD.MM.GGGG)", "SURNAME"), if any. */
    public static Optional<StudentImportField> forHeader(String header) {
        String name = normalised(header);
        return Arrays.stream(values()).filter(f -> f.headers.contains(name)).findFirst();
    }

    /**
     * A header as compared: what stands in brackets dropped (a format hint), lower case, without
     * diacritics, and with punctuation as single spaces, so "P.k." and "p k" are one name.
     */
    static String normalised(String header) {
        String text = header == null ? "" : header.replaceAll("\\(.*?\\)|\\[.*?]", " ");
        text = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return text.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
