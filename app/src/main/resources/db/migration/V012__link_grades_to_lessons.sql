-- Grades and lessons were built side by side; now that both exist, a grade's lesson is a real key.
ALTER TABLE grade ADD CONSTRAINT grade_lesson FOREIGN KEY (lesson_id) REFERENCES lesson (id);
