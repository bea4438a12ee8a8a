-- The class tutor's remark (audzinātāja piezīme) on a student's report card: one per student, school
-- year and report period (SEMESTER_1, SEMESTER_2, YEAR). The key is made from those three, so two
-- PCs writing the same student's remark write the same row and sync settles it field by field;
-- clearing a remark sets its text empty rather than deleting the row, since a delete would win
-- over every later write of that key.
CREATE TABLE report_remark (
    id UUID PRIMARY KEY,
    student_id UUID NOT NULL REFERENCES student (id),
    year_id UUID NOT NULL REFERENCES school_year (id),
    report_period VARCHAR(12) NOT NULL,
    remark_text VARCHAR(500) NOT NULL,
    written_at TIMESTAMP WITH TIME ZONE NOT NULL,
    written_by UUID REFERENCES staff (id),
    CONSTRAINT report_remark_once UNIQUE (student_id, year_id, report_period)
);
