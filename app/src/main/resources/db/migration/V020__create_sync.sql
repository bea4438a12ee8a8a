-- Sync by files (DESIGN.md, "Sync by files"). None of these tables is journal content: they are
-- this PC's own sync state, never written to the change log and never synced.

-- This PC's sync identity: the school it belongs to and its Ed25519 key pair
-- (X.509 and PKCS#8 encodings, Base64). Empty until the PC is enrolled or becomes the central copy.
ALTER TABLE installation ADD COLUMN school_id UUID;
ALTER TABLE installation ADD COLUMN public_key VARCHAR(200);
ALTER TABLE installation ADD COLUMN private_key VARCHAR(200);

-- The other ends: at the central copy every enrolled PC, on a PC its central copy.
-- received_seq: all of the peer's own changes up to this seq of the peer's log have arrived here.
-- acked_seq: the peer said it has everything up to this seq of our log.
CREATE TABLE sync_peer (
    id UUID PRIMARY KEY,
    name VARCHAR(200) NOT NULL,
    role VARCHAR(20) NOT NULL,
    public_key VARCHAR(200) NOT NULL,
    enrolled_at TIMESTAMP WITH TIME ZONE NOT NULL,
    revoked BOOLEAN NOT NULL,
    received_seq BIGINT NOT NULL,
    acked_seq BIGINT NOT NULL
);
CREATE UNIQUE INDEX sync_peer_name ON sync_peer (name);

-- The history of packages written and read here (refused packages change nothing, so are not kept).
CREATE TABLE sync_package (
    id UUID PRIMARY KEY,
    peer_id UUID NOT NULL REFERENCES sync_peer (id),
    direction VARCHAR(10) NOT NULL,
    done_at TIMESTAMP WITH TIME ZONE NOT NULL,
    done_by UUID,
    from_seq BIGINT NOT NULL,
    to_seq BIGINT NOT NULL,
    changes INT NOT NULL,
    applied INT NOT NULL,
    duplicates INT NOT NULL,
    refused INT NOT NULL
);
CREATE INDEX sync_package_peer ON sync_package (peer_id, done_at);
