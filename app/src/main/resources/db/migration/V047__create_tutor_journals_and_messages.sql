-- The class tutor's journals (001 §22, 003 §19) and the school's messages and news (000 §4).
--
-- Individual conversations (individuālās sarunas) with a student or a guardian: written within one
-- working day of the day they were held; a later entry is kept and marked late, as Klade marks every
-- late entry rather than refusing it. The class is the student's class when the conversation was
-- held: its tutor, the deputy director and the administrator see it, and sync sends it only to them.
CREATE TABLE tutor_conversation (
    id UUID PRIMARY KEY,
    student_id UUID NOT NULL REFERENCES student (id),
    class_id UUID NOT NULL REFERENCES school_class (id),
    held_on DATE NOT NULL,
    party VARCHAR(10) NOT NULL,
    -- No foreign key: a guardian removed from the student's file leaves the conversation as it was.
    guardian_id UUID,
    topic VARCHAR(300) NOT NULL,
    agreed VARCHAR(2000) NOT NULL,
    late BOOLEAN NOT NULL,
    written_at TIMESTAMP WITH TIME ZONE NOT NULL,
    written_by UUID NOT NULL REFERENCES staff (id)
);
CREATE INDEX tutor_conversation_class ON tutor_conversation (class_id, held_on);

-- The behaviour journal (uzvedības žurnāls): a teacher's note on a student's behaviour in a lesson
-- of a journal they teach (journal_id), or the tutor's or the office's without one. Seen by its
-- author, the class's tutor, the deputy director and the administrator.
CREATE TABLE behaviour_entry (
    id UUID PRIMARY KEY,
    student_id UUID NOT NULL REFERENCES student (id),
    class_id UUID NOT NULL REFERENCES school_class (id),
    -- No foreign key: a journal deleted as unused leaves the note (without its journal's name).
    journal_id UUID,
    noted_on DATE NOT NULL,
    kind VARCHAR(10) NOT NULL,
    note VARCHAR(1000) NOT NULL,
    written_at TIMESTAMP WITH TIME ZONE NOT NULL,
    written_by UUID NOT NULL REFERENCES staff (id)
);
CREATE INDEX behaviour_entry_class ON behaviour_entry (class_id, noted_on);

-- A message (PERSON, CLASS_TUTOR: recipient_id is the person, or the class's tutor when it was sent),
-- one to ALL_TEACHERS, or school NEWS shown on everyone's home screen. Messages are never edited.
CREATE TABLE message (
    id UUID PRIMARY KEY,
    audience VARCHAR(20) NOT NULL,
    sender_id UUID NOT NULL REFERENCES staff (id),
    recipient_id UUID REFERENCES staff (id),
    class_id UUID REFERENCES school_class (id),
    subject VARCHAR(200) NOT NULL,
    body VARCHAR(4000) NOT NULL,
    sent_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX message_recipient ON message (recipient_id, sent_at);

-- That one recipient has read a message. The key is made from the message and the reader, so
-- reading it on two PCs writes one row.
CREATE TABLE message_read (
    id UUID PRIMARY KEY,
    message_id UUID NOT NULL REFERENCES message (id),
    staff_id UUID NOT NULL REFERENCES staff (id),
    read_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT message_read_once UNIQUE (message_id, staff_id)
);
