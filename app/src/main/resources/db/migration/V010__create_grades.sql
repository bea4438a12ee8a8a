-- Grades and the test planner. A grade stores its typed mark ("8", "S", "i", "85%", "nv", "atb"),
-- the school-local date of the work, the instant it was entered and who entered it; its earlier
-- values live in the change log.

CREATE TABLE planned_test (
    id UUID PRIMARY KEY,
    class_id UUID NOT NULL REFERENCES school_class (id),
    journal_id UUID NOT NULL REFERENCES journal (id),
    test_date DATE NOT NULL,
    lessons INT NOT NULL,
    scope VARCHAR(20) NOT NULL,
    topic VARCHAR(300) NOT NULL,
    state VARCHAR(20) NOT NULL,
    planned_by UUID REFERENCES staff (id)
);
CREATE INDEX planned_test_class ON planned_test (class_id, test_date);
CREATE INDEX planned_test_journal ON planned_test (journal_id, test_date);

CREATE TABLE grade (
    id UUID PRIMARY KEY,
    student_id UUID NOT NULL REFERENCES student (id),
    journal_id UUID NOT NULL REFERENCES journal (id),
    -- The lesson the grade was given in. Its foreign key to the lessons table is added when the
    -- lessons feature is merged; until then the column holds the lesson's key as it is.
    lesson_id UUID,
    test_id UUID REFERENCES planned_test (id),
    kind VARCHAR(30) NOT NULL,
    mark VARCHAR(8) NOT NULL,
    -- For semester and year grades: the mark Klade suggested from the average, so an override shows.
    suggested_mark VARCHAR(8),
    note VARCHAR(500),
    work_date DATE NOT NULL,
    entered_at TIMESTAMP WITH TIME ZONE NOT NULL,
    entered_by UUID REFERENCES staff (id)
);
CREATE INDEX grade_journal ON grade (journal_id, work_date);
CREATE INDEX grade_student ON grade (student_id, journal_id);
CREATE INDEX grade_test ON grade (test_id);
