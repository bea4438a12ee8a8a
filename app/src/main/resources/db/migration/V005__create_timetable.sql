-- The timetable: versions valid from-to within a school year, each with weekly entries
-- (weekday x bell period -> journal, teacher, room); teachers' absence periods; and substitutes
-- named for single planned lessons. Planned lessons are computed from these and the calendar,
-- never stored, so a new version changes only the lessons still to come.

CREATE TABLE timetable_version (
    id UUID PRIMARY KEY,
    year_id UUID NOT NULL REFERENCES school_year (id),
    name VARCHAR(100) NOT NULL,
    valid_from DATE NOT NULL,
    valid_to DATE NOT NULL
);
CREATE INDEX timetable_version_year ON timetable_version (year_id, valid_from);

CREATE TABLE timetable_entry (
    id UUID PRIMARY KEY,
    version_id UUID NOT NULL REFERENCES timetable_version (id),
    week_day INT NOT NULL,
    period_no INT NOT NULL,
    journal_id UUID NOT NULL REFERENCES journal (id),
    teacher_id UUID NOT NULL REFERENCES staff (id),
    room VARCHAR(40)
);
CREATE INDEX timetable_entry_version ON timetable_entry (version_id, week_day, period_no);
CREATE INDEX timetable_entry_teacher ON timetable_entry (teacher_id);
CREATE INDEX timetable_entry_journal ON timetable_entry (journal_id);

CREATE TABLE teacher_absence (
    id UUID PRIMARY KEY,
    staff_id UUID NOT NULL REFERENCES staff (id),
    kind VARCHAR(20) NOT NULL,
    starts DATE NOT NULL,
    ends DATE NOT NULL,
    reason VARCHAR(500) NOT NULL
);
CREATE INDEX teacher_absence_staff ON teacher_absence (staff_id, starts);
CREATE INDEX teacher_absence_days ON teacher_absence (starts, ends);

CREATE TABLE substitute_assignment (
    id UUID PRIMARY KEY,
    lesson_date DATE NOT NULL,
    period_no INT NOT NULL,
    journal_id UUID NOT NULL REFERENCES journal (id),
    absent_teacher_id UUID NOT NULL REFERENCES staff (id),
    substitute_id UUID NOT NULL REFERENCES staff (id),
    order_no VARCHAR(40),
    order_date DATE
);
CREATE UNIQUE INDEX substitute_assignment_slot ON substitute_assignment (journal_id, lesson_date, period_no);
CREATE INDEX substitute_assignment_substitute ON substitute_assignment (substitute_id, lesson_date);
CREATE INDEX substitute_assignment_date ON substitute_assignment (lesson_date);
