-- The deputy director's inspections ("Pārbaude", seed 001 §23): when, by whom, what was found and
-- recommended, and which journals were inspected (one row per journal). Synced like any journal row.
CREATE TABLE inspection (
    id UUID PRIMARY KEY,
    year_id UUID NOT NULL REFERENCES school_year (id),
    inspected_on DATE NOT NULL,
    inspector_id UUID REFERENCES staff (id),
    findings VARCHAR(4000) NOT NULL,
    recommendations VARCHAR(4000) NOT NULL,
    written_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX inspection_year ON inspection (year_id, inspected_on);

CREATE TABLE inspected_journal (
    id UUID PRIMARY KEY,
    inspection_id UUID NOT NULL REFERENCES inspection (id),
    journal_id UUID NOT NULL REFERENCES journal (id)
);
CREATE INDEX inspected_journal_inspection ON inspected_journal (inspection_id);
CREATE INDEX inspected_journal_journal ON inspected_journal (journal_id);

-- A class's monthly transcripts printed (issued): nothing recorded this before, and the checks need
-- to know whether they were issued by the school's day of the next month.
CREATE TABLE transcript_issue (
    id UUID PRIMARY KEY,
    class_id UUID NOT NULL REFERENCES school_class (id),
    issued_month VARCHAR(7) NOT NULL,
    issued_at TIMESTAMP WITH TIME ZONE NOT NULL,
    issued_by UUID REFERENCES staff (id)
);
CREATE INDEX transcript_issue_class ON transcript_issue (class_id, issued_month);
