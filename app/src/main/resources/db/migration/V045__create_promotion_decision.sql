-- The decision on a student's next year (Cabinet Regulation No. 11 of 11 January 2022), taken by the
-- pedagogical council and given by the director's order: one per student and school year. The key
-- is made from the two, so two PCs recording the same student's decision write the same row and
-- sync settles it field by field; the report card and the summary journal print it with its order.
CREATE TABLE promotion_decision (
    id UUID PRIMARY KEY,
    student_id UUID NOT NULL REFERENCES student (id),
    year_id UUID NOT NULL REFERENCES school_year (id),
    decision VARCHAR(24) NOT NULL,
    order_number VARCHAR(40) NOT NULL,
    order_date DATE NOT NULL,
    decided_at TIMESTAMP WITH TIME ZONE NOT NULL,
    decided_by UUID REFERENCES staff (id),
    CONSTRAINT promotion_decision_once UNIQUE (student_id, year_id)
);
