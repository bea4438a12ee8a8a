-- Lesson entries, attendance marks, participation in optional lessons, and the class tutor's
-- justifications. Instants are TIMESTAMP WITH TIME ZONE; the lesson's day is the school's local
-- date (Europe/Riga).

CREATE TABLE lesson (
    id UUID PRIMARY KEY,
    journal_id UUID NOT NULL REFERENCES journal (id),
    lesson_date DATE NOT NULL,
    period_no INT,
    lesson_type VARCHAR(20) NOT NULL,
    teacher_id UUID NOT NULL REFERENCES staff (id),
    topic VARCHAR(1000),
    planned_result VARCHAR(1000),
    homework VARCHAR(2000),
    notes VARCHAR(2000),
    absent_teacher_id UUID REFERENCES staff (id),
    absence_reason VARCHAR(500),
    order_no VARCHAR(40),
    order_date DATE,
    made_up_date DATE,
    first_filled_at TIMESTAMP WITH TIME ZONE NOT NULL,
    first_filled_by UUID,
    changed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    changed_by UUID
);
-- One lesson per journal and period of a day; extra lessons without a period are not limited.
CREATE UNIQUE INDEX lesson_slot ON lesson (journal_id, lesson_date, period_no);
CREATE INDEX lesson_teacher_day ON lesson (teacher_id, lesson_date);
CREATE INDEX lesson_day ON lesson (lesson_date);

CREATE TABLE absence_justification (
    id UUID PRIMARY KEY,
    student_id UUID NOT NULL REFERENCES student (id),
    reason VARCHAR(20) NOT NULL,
    note_date DATE,
    starts DATE NOT NULL,
    ends DATE NOT NULL,
    justified_at TIMESTAMP WITH TIME ZONE NOT NULL,
    justified_by UUID
);
CREATE INDEX absence_justification_student ON absence_justification (student_id, starts);

CREATE TABLE attendance_mark (
    id UUID PRIMARY KEY,
    lesson_id UUID NOT NULL REFERENCES lesson (id),
    student_id UUID NOT NULL REFERENCES student (id),
    code VARCHAR(10) NOT NULL,
    lesson_date DATE NOT NULL,
    marked_at TIMESTAMP WITH TIME ZONE NOT NULL,
    marked_by UUID,
    justification_id UUID REFERENCES absence_justification (id)
);
CREATE UNIQUE INDEX attendance_mark_lesson ON attendance_mark (lesson_id, student_id);
CREATE INDEX attendance_mark_student ON attendance_mark (student_id, lesson_date);

CREATE TABLE lesson_participant (
    id UUID PRIMARY KEY,
    lesson_id UUID NOT NULL REFERENCES lesson (id),
    student_id UUID NOT NULL REFERENCES student (id)
);
CREATE UNIQUE INDEX lesson_participant_lesson ON lesson_participant (lesson_id, student_id);
