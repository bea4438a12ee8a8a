-- Looking students up by personal code (duplicates on admission, search) and reading a student's
-- classes and guardians should not scan whole tables in a school of 1 500 students.
CREATE INDEX student_personal_code ON student (personal_code);
CREATE INDEX enrolment_student ON enrolment (student_id);
CREATE INDEX guardian_student ON guardian (student_id);
