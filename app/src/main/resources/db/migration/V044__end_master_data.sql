-- Master data is ended, not deleted, once it has lessons or grades: from its end date it is
-- hidden from pickers and shown greyed. A journal's teacher may teach from and to a date (a teacher
-- replaced from 1 February); no date means the whole year, as every journal teacher was until now.
ALTER TABLE programme ADD COLUMN ends DATE;
ALTER TABLE subject ADD COLUMN ends DATE;
ALTER TABLE school_class ADD COLUMN ends DATE;
ALTER TABLE student_group ADD COLUMN ends DATE;
ALTER TABLE journal ADD COLUMN ends DATE;
ALTER TABLE journal_teacher ADD COLUMN starts DATE;
ALTER TABLE journal_teacher ADD COLUMN ends DATE;

-- What a group is: a split of one class, a combined group, an elective, interest education, an
-- after-school group or individual lessons. Groups made before this were splits or, without a
-- class, combined groups.
ALTER TABLE student_group ADD COLUMN kind VARCHAR(30) DEFAULT 'SPLIT' NOT NULL;
UPDATE student_group SET kind = 'COMBINED' WHERE class_id IS NULL;
