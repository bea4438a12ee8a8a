-- Changes the central copy refused (sync by files, SYNC-FORMAT.md "Refusals and corrections").
-- At the central copy: every change it refused for good, so that a package arriving again does not
-- refuse it twice. On a PC: its own changes the central copy refused, which no longer count in the
-- merge, with the reason to show the user. This PC's sync state: never synced itself.
CREATE TABLE sync_refusal (
    change_id UUID PRIMARY KEY,
    installation_id UUID NOT NULL,
    table_name VARCHAR(100) NOT NULL,
    row_id UUID NOT NULL,
    user_id UUID,
    made_at TIMESTAMP WITH TIME ZONE NOT NULL,
    reason_key VARCHAR(200) NOT NULL,
    reason_args VARCHAR(4000) NOT NULL,
    refused_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX sync_refusal_installation ON sync_refusal (installation_id, refused_at);

-- At the central copy: the staff a PC serves (their ids, comma-separated), so that it sends the PC
-- only what they need and may see; null for a PC of the whole school (SYNC-FORMAT.md, "What each PC receives").
ALTER TABLE sync_peer ADD COLUMN serves VARCHAR(4000);
