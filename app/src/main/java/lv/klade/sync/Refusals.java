package lv.klade.sync;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import lv.klade.db.Ids;
import lv.klade.i18n.Problem;

/**
 * Changes the central copy refused for good, and the notices that carry them back to the PC that
 * made them (SYNC-FORMAT.md, "Refusals and corrections"). A notice is a record of the central copy's
 * change log in the table {@value #TABLE}: its row is the refused change, its fields say why and hold
 * the row as the central copy has it, so the PC can put the row back to what the central copy holds.
 */
final class Refusals {
    /** The change-log table of refusal notices; not a synced table, so no rule or merge touches it. */
    static final String TABLE = "sync_refusal";
    /**
     * Refusals no correction could be right for: this build cannot read the change (a PC with a newer
     * Klade), so it cannot say what the row should be. A row unknown here is final: a PC's packages
     * always start after what arrived, so the row was refused or deleted here.
     */
    private static final Set<String> NOT_FINAL = Set.of("sync.refused.unknownTable",
            "sync.refused.unknownColumn", "sync.refused.badValue");

    private Refusals() {
    }

    /** A refusal the PC should hear of, with the row as the central copy holds it (empty: no such row). */
    record Notice(RefusedChange refused, UUID installation, Instant madeAt, Optional<Map<String, Object>> row) {
    }

    static boolean isFinal(Problem reason) {
        return !NOT_FINAL.contains(reason.key());
    }

    /** At the central copy: the notice that tells the PC of a refusal, with the row as it stands here. */
    static Change notice(Identity central, Change change, Problem reason, Optional<Map<String, Object>> row,
                         Instant now) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("installation_id", change.installationId().toString());
        fields.put("table_name", change.table());
        fields.put("row_id", change.rowId().toString());
        fields.put("user_id", change.userId() == null ? null : change.userId().toString());
        fields.put("made_at", change.madeAt().toString());
        fields.put("reason_key", reason.key());
        fields.put("reason_args", Json.compact(reason.args().stream().map(String::valueOf).toList()));
        fields.put("row", row.map(r -> {
            Map<String, Object> plain = new LinkedHashMap<>();
            r.forEach((column, value) -> plain.put(column, Json.plain(value)));
            return Json.compact(plain);
        }).orElse(null));
        return new Change(0, Ids.next(), TABLE, change.id(), Operation.INSERT, fields, null, central.id(), now);
    }

    /**
     * The notice as the central copy sends it to a PC: only to the PC that made the refused change,
     * with the row as that PC may see it (none: the PC drops its copy).
     */
    static Optional<Change> forPc(Change notice, UUID pc, Scope scope) {
        if (!pc.toString().equals(notice.fields().get("installation_id"))) {
            return Optional.empty();
        }
        Object row = notice.fields().get("row");
        if (row == null || scope.isWholeSchool()) {
            return Optional.of(notice);
        }
        Map<String, Object> fields = new LinkedHashMap<>(notice.fields());
        fields.put("row", scope.narrowRow(notice.fields().get("table_name").toString(), Json.fields(row.toString()))
                .map(Json::compact).orElse(null));
        return Optional.of(new Change(notice.seq(), notice.id(), TABLE, notice.rowId(), notice.operation(), fields,
                notice.userId(), notice.installationId(), notice.madeAt()));
    }

    /** Reads a notice as it arrived in a package; empty when this build cannot read it. */
    static Optional<Notice> read(Change notice) {
        Map<String, Object> f = notice.fields();
        try {
            List<String> args = Json.texts(text(f, "reason_args"));
            Object userId = f.get("user_id");
            Object row = f.get("row");
            RefusedChange refused = new RefusedChange(notice.rowId(), text(f, "table_name"),
                    UUID.fromString(text(f, "row_id")), userId == null ? null : UUID.fromString(userId.toString()),
                    new Problem(text(f, "reason_key"), new ArrayList<>(args)));
            return Optional.of(new Notice(refused, UUID.fromString(text(f, "installation_id")), Instant.parse(text(f, "made_at")),
                    row == null ? Optional.empty() : Optional.of(Json.fields(row.toString()))));
        } catch (Json.Malformed | IllegalArgumentException | java.time.DateTimeException e) {
            return Optional.empty();
        }
    }

    private static String text(Map<String, Object> fields, String name) {
        Object value = fields.get(name);
        if (value == null) {
            throw new IllegalArgumentException(name);
        }
        return value.toString();
    }
}
