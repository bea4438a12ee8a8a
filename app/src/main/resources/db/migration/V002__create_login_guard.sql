-- Wrong-password counters are this PC's own security state, not journal content:
-- they are kept apart from the change log and never synced.
CREATE TABLE login_guard (
    staff_id UUID PRIMARY KEY REFERENCES staff (id),
    failed_attempts INT NOT NULL,
    locked_until TIMESTAMP WITH TIME ZONE
);
