package lv.klade.people;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.IntStream;
import lv.klade.i18n.Problem;
import lv.klade.i18n.UserError;

/**
 * Which field each column of a student list holds. A column the user or a mapping file names keeps
 * that field; every other column gets the field its header names, if no column has it yet.
 * Mapping files are JSON objects from header to field id: {@code {"Vārds": "firstName", "Piezīmes": "ignore"}}.
 */
public record StudentImportMapping(List<String> headers, List<StudentImportField> fields) {
    private static final ObjectMapper JSON = new ObjectMapper();

    public StudentImportMapping {
        headers = List.copyOf(headers);
        fields = List.copyOf(fields);
        if (headers.size() != fields.size()) {
            throw new IllegalArgumentException("A field for each of " + headers.size() + " columns");
        }
    }

    /** The mapping the headers suggest. */
    public static StudentImportMapping guess(List<String> headers) {
        return guess(headers, Map.of());
    }

    /** {@code chosen} (header → field, from a mapping file) first, then the headers' own suggestions. */
    public static StudentImportMapping guess(List<String> headers, Map<String, StudentImportField> chosen) {
        Map<String, StudentImportField> byName = new LinkedHashMap<>();
        chosen.forEach((header, field) -> byName.put(StudentImportField.normalised(header), field));
        List<StudentImportField> fields = new ArrayList<>();
        Set<StudentImportField> taken = EnumSet.noneOf(StudentImportField.class);
        for (String header : headers) {
            StudentImportField field = chosen.containsKey(header) ? chosen.get(header)
                    : byName.get(StudentImportField.normalised(header));
            fields.add(field);
            if (field != null) {
                taken.add(field);
            }
        }
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i) == null) {
                StudentImportField guessed = StudentImportField.forHeader(headers.get(i))
                        .filter(f -> !taken.contains(f)).orElse(StudentImportField.IGNORE);
                fields.set(i, guessed);
                taken.add(guessed);
            }
        }
        return new StudentImportMapping(headers, fields);
    }

    /** A mapping file's choices; a file that is not such a JSON object, or names an unknown field, is refused. */
    public static Map<String, StudentImportField> parse(String json, String fileName) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JacksonException e) {
            throw UserError.of("people.import.mapping.notJson", fileName, e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw UserError.of("people.import.mapping.notObject", fileName);
        }
        Map<String, StudentImportField> chosen = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> entry : root.properties()) {
            String id = entry.getValue().isNull() ? StudentImportField.IGNORE.id() : entry.getValue().asText();
            StudentImportField field = StudentImportField.byId(id).orElseThrow(() -> UserError.of(
                    "people.import.mapping.unknownField", fileName, entry.getKey(), id, ids()));
            chosen.put(entry.getKey(), field);
        }
        return chosen;
    }

    private static String ids() {
        return String.join(", ", Arrays.stream(StudentImportField.values()).map(StudentImportField::id).toList());
    }

    /** The mapping as a mapping file: every column's header and its field. */
    public String toJson() {
        ObjectNode root = JSON.createObjectNode();
        IntStream.range(0, headers.size()).forEach(i -> root.put(headers.get(i), fields.get(i).id()));
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root);
        } catch (JacksonException e) {
            throw new IllegalStateException("A mapping is always JSON", e);
        }
    }

    /** The same mapping with one column's field changed. */
    public StudentImportMapping withField(int column, StudentImportField field) {
        List<StudentImportField> changed = new ArrayList<>(fields);
        changed.set(column, field);
        return new StudentImportMapping(headers, changed);
    }

    /** The column that holds the field, if one does (the first, when several do: a problem of its own). */
    public OptionalInt column(StudentImportField field) {
        return IntStream.range(0, fields.size()).filter(i -> fields.get(i) == field).findFirst();
    }

    /** The header of the field's column, when a column has it. */
    public Optional<String> header(StudentImportField field) {
        OptionalInt column = column(field);
        return column.isPresent() ? Optional.of(headers.get(column.getAsInt())) : Optional.empty();
    }

    /**
     * What keeps this mapping from being used: a field in two columns, a required field in none. The
     * problems name fields as {@link StudentImportField}s, which {@link StudentImportReport} puts into words.
     */
    public List<Problem> problems() {
        List<Problem> problems = new ArrayList<>();
        for (StudentImportField field : StudentImportField.values()) {
            List<String> columns = IntStream.range(0, fields.size()).filter(i -> fields.get(i) == field)
                    .mapToObj(headers::get).toList();
            if (field != StudentImportField.IGNORE && columns.size() > 1) {
                problems.add(Problem.of("people.import.mapping.twice", field, String.join("”, „", columns)));
            }
            if (field.required() && columns.isEmpty()) {
                problems.add(Problem.of("people.import.mapping.missing", field));
            }
        }
        return problems;
    }
}
