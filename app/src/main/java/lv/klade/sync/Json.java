package lv.klade.sync;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.time.Instant;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** JSON for sync files: strict reading (anything missing or of the wrong kind is {@link Malformed}). */
final class Json {
    static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final ObjectMapper COMPACT = new ObjectMapper();

    private Json() {
    }

    /** A sync file that does not hold what its format promises. */
    static final class Malformed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Malformed(String message) {
            super(message);
        }
    }

    static byte[] bytes(Object value) {
        try {
            return MAPPER.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Sync data could not be written as JSON", e);
        }
    }

    /** The compact form the change log keeps a change's fields in. */
    static String compact(Map<String, Object> fields) {
        try {
            return COMPACT.writeValueAsString(fields);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A change could not be written as JSON", e);
        }
    }

    /** A list of texts in the compact form (a refusal's message arguments). */
    static String compact(List<String> texts) {
        try {
            return COMPACT.writeValueAsString(texts);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Texts could not be written as JSON", e);
        }
    }

    static List<String> texts(String json) {
        try {
            List<String> texts = COMPACT.readValue(json, new TypeReference<List<String>>() { });
            return texts == null ? List.of() : texts;
        } catch (IOException e) {
            throw new Malformed(e.getMessage());
        }
    }

    static JsonNode tree(byte[] bytes) {
        try {
            JsonNode node = MAPPER.readTree(bytes);
            if (node == null || node.isMissingNode()) {
                throw new Malformed("empty");
            }
            return node;
        } catch (IOException e) {
            throw new Malformed(e.getMessage());
        }
    }

    static Map<String, Object> fields(String json) {
        try {
            Map<String, Object> map = COMPACT.readValue(json, new TypeReference<LinkedHashMap<String, Object>>() { });
            return map == null ? new LinkedHashMap<>() : map;
        } catch (IOException e) {
            throw new Malformed(e.getMessage());
        }
    }

    static Map<String, Object> fields(JsonNode node) {
        if (node == null || !node.isObject()) {
            throw new Malformed("fields");
        }
        Map<String, Object> map = new LinkedHashMap<>();
        node.fields().forEachRemaining(e -> {
            JsonNode v = e.getValue();
            if (v.isContainerNode()) {
                throw new Malformed("field " + e.getKey());
            }
            map.put(e.getKey(), COMPACT.convertValue(v, Object.class));
        });
        return map;
    }

    static JsonNode need(JsonNode node, String name) {
        JsonNode value = node == null ? null : node.get(name);
        if (value == null || value.isNull()) {
            throw new Malformed("missing " + name);
        }
        return value;
    }

    static String text(JsonNode node, String name) {
        JsonNode value = need(node, name);
        if (!value.isTextual()) {
            throw new Malformed(name);
        }
        return value.asText();
    }

    static long number(JsonNode node, String name) {
        JsonNode value = need(node, name);
        if (!value.canConvertToLong() || !value.isIntegralNumber()) {
            throw new Malformed(name);
        }
        return value.asLong();
    }

    static UUID uuid(JsonNode node, String name) {
        try {
            return UUID.fromString(text(node, name));
        } catch (IllegalArgumentException e) {
            throw new Malformed(name);
        }
    }

    static Instant instant(JsonNode node, String name) {
        try {
            return Instant.parse(text(node, name));
        } catch (RuntimeException e) {
            throw new Malformed(name);
        }
    }

    static List<JsonNode> array(JsonNode node) {
        if (node == null || !node.isArray()) {
            throw new Malformed("array");
        }
        List<JsonNode> items = new ArrayList<>();
        node.forEach(items::add);
        return items;
    }

    /** A database value as JSON sees it: UUIDs, dates and times as ISO text, as the change log keeps them. */
    static Object plain(Object value) {
        if (value instanceof UUID || value instanceof TemporalAccessor) {
            return value.toString();
        }
        return value;
    }
}
