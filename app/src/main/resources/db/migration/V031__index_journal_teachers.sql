-- Every grade save asks whether its author teaches the journal: find a journal's teachers by index.
CREATE INDEX journal_teacher_journal ON journal_teacher (journal_id, staff_id);
