package lv.klade.sync;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code changes.json}: an array of change records, in the sender's log order. */
final class ChangeJson {
    private ChangeJson() {
    }

    static byte[] write(List<Change> changes) {
        List<Map<String, Object>> items = new ArrayList<>(changes.size());
        for (Change c : changes) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("seq", c.seq());
            item.put("id", c.id().toString());
            item.put("table", c.table());
            item.put("row", c.rowId().toString());
            item.put("operation", c.operation().logName());
            item.put("fields", c.fields());
            item.put("user", c.userId() == null ? null : c.userId().toString());
            item.put("installation", c.installationId().toString());
            item.put("madeAt", c.madeAt().toString());
            items.add(item);
        }
        return Json.bytes(items);
    }

    static List<Change> read(byte[] bytes) {
        List<Change> changes = new ArrayList<>();
        for (JsonNode item : Json.array(Json.tree(bytes))) {
            Operation operation = Operation.parse(Json.text(item, "operation"))
                    .orElseThrow(() -> new Json.Malformed("operation"));
            JsonNode user = item.get("user");
            changes.add(new Change(Json.number(item, "seq"), Json.uuid(item, "id"), Json.text(item, "table"),
                    Json.uuid(item, "row"), operation, Json.fields(item.get("fields")),
                    user == null || user.isNull() ? null : Json.uuid(item, "user"),
                    Json.uuid(item, "installation"), Json.instant(item, "madeAt")));
        }
        return changes;
    }
}
