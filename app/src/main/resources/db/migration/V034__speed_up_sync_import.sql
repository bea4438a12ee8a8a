-- Faster imports (sync).
-- The change log's sequence numbers are handed out from a cache of 10 000 instead of H2's 32: each
-- time the cache runs out H2 writes the sequence to disk in a commit of its own, which at 32 cost an
-- import a commit every 32 changes. After a crash the numbers may skip up to the cache's size;
-- nothing counts on them being consecutive (a package states its range, SYNC-FORMAT.md).
/* [jooq ignore start] */
ALTER TABLE change_log ALTER COLUMN seq SET CACHE 10000;
/* [jooq ignore stop] */

-- An import reads the histories of all the rows of a package at once (row_id IN (...)); H2 looks
-- up an IN list only through an index whose first column it is.
CREATE INDEX change_log_row_id ON change_log (row_id);
