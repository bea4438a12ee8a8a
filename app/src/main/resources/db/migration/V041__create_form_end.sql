-- Each form's last lesson day in a school year. The Cabinet's regulation ends the year in late May for
-- forms 1–8 and 10–11 and in June for forms 9 and 12, whose exams come after; semester 2 of a form ends
-- with its last lesson day. The key is made from the year and the form, so two PCs setting the same
-- form's day write one row. A year without rows (made before this table) ends for every form on the
-- year's own last day.
CREATE TABLE form_end (
    id UUID PRIMARY KEY,
    year_id UUID NOT NULL REFERENCES school_year (id),
    form INT NOT NULL,
    last_day DATE NOT NULL,
    CONSTRAINT form_end_once UNIQUE (year_id, form)
);
