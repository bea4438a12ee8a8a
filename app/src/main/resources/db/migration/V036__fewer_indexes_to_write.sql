-- Cheaper saves: every index of a table is written again on each insert, and each save is forced
-- to disk page by page, so an index that answers nothing new only costs.
-- H2 made its own index for each foreign key declared with a table, and a later index on the same
-- column repeated it. These repeat such an index exactly:
DROP INDEX grade_test;
DROP INDEX enrolment_student;
DROP INDEX group_member_group;
DROP INDEX group_member_student;
DROP INDEX guardian_student;
DROP INDEX journal_teacher_staff;
DROP INDEX staff_role_staff;
DROP INDEX student_class;
DROP INDEX timetable_entry_journal;
DROP INDEX timetable_entry_teacher;

-- A grade is written far more often than a journal's or a student's grades are looked up by a
-- second column: the foreign keys' indexes on journal_id and student_id find them, and reading a
-- journal's or a student's whole year is what the grade book and the printed documents do anyway.
DROP INDEX grade_journal;
DROP INDEX grade_student;
