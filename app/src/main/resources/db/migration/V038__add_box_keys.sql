-- Change packages are encrypted for their receiver (SYNC-FORMAT.md, format 2): besides its Ed25519
-- signing pair, each installation has an X25519 pair (X.509 and PKCS#8 encodings, Base64), and
-- each peer's public one is kept to encrypt for it. Null in journals enrolled by an older Klade:
-- such a PC must be enrolled again; a central copy makes its pair the first time it needs one.
ALTER TABLE installation ADD COLUMN box_public_key VARCHAR(200);
ALTER TABLE installation ADD COLUMN box_private_key VARCHAR(200);
ALTER TABLE sync_peer ADD COLUMN box_public_key VARCHAR(200);
