package lv.klade.db;

import java.util.List;
import java.util.UUID;
import lv.klade.db.generated.tables.records.ChangeLogRecord;
import org.jooq.DSLContext;

import static lv.klade.db.generated.Tables.CHANGE_LOG;

/** Reads the change log: the audit trail, and later the source of sync packages. */
public final class ChangeLog {
    private final DSLContext dsl;

    public ChangeLog(JournalStore store) {
        this.dsl = store.dsl();
    }

    public long count() {
        return dsl.fetchCount(CHANGE_LOG);
    }

    /** Every change of one row, oldest first. */
    public List<ChangeRecord> forRow(String table, UUID rowId) {
        return dsl.selectFrom(CHANGE_LOG)
                .where(CHANGE_LOG.TABLE_NAME.eq(table).and(CHANGE_LOG.ROW_ID.eq(rowId)))
                .orderBy(CHANGE_LOG.SEQ)
                .fetch(ChangeLog::toChange);
    }

    private static ChangeRecord toChange(ChangeLogRecord r) {
        return new ChangeRecord(r.getSeq(), r.getId(), r.getTableName(), r.getRowId(), r.getOperation(),
                r.getFields(), r.getUserId(), r.getInstallationId(), r.getMadeAt().toInstant());
    }

    /** The changes after the given sequence number, oldest first. */
    public List<ChangeRecord> since(long seq) {
        return dsl.selectFrom(CHANGE_LOG)
                .where(CHANGE_LOG.SEQ.gt(seq))
                .orderBy(CHANGE_LOG.SEQ)
                .fetch(ChangeLog::toChange);
    }
}
