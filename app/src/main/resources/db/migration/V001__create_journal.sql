-- Klade's first schema: the installation, the change log, the school, its calendar and people.
-- Every synced table has a UUID key made on the PC that creates the row.

CREATE TABLE installation (
    id UUID PRIMARY KEY,
    name VARCHAR(200) NOT NULL,
    role VARCHAR(20) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE change_log (
    seq BIGINT AUTO_INCREMENT PRIMARY KEY,
    id UUID NOT NULL UNIQUE,
    table_name VARCHAR(60) NOT NULL,
    row_id UUID NOT NULL,
    operation VARCHAR(10) NOT NULL,
    fields CLOB NOT NULL,
    user_id UUID,
    installation_id UUID NOT NULL,
    made_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX change_log_row ON change_log (table_name, row_id);

CREATE TABLE school (
    id UUID PRIMARY KEY,
    name VARCHAR(200) NOT NULL,
    registration_no VARCHAR(40),
    address VARCHAR(300)
);

CREATE TABLE school_setting (
    id UUID PRIMARY KEY,
    setting_key VARCHAR(100) NOT NULL UNIQUE,
    setting_value VARCHAR(1000) NOT NULL
);

CREATE TABLE school_year (
    id UUID PRIMARY KEY,
    school_id UUID NOT NULL REFERENCES school (id),
    name VARCHAR(20) NOT NULL,
    starts DATE NOT NULL,
    ends DATE NOT NULL,
    current_year BOOLEAN NOT NULL
);

CREATE TABLE semester (
    id UUID PRIMARY KEY,
    year_id UUID NOT NULL REFERENCES school_year (id),
    number INT NOT NULL,
    starts DATE NOT NULL,
    ends DATE NOT NULL
);

CREATE TABLE school_break (
    id UUID PRIMARY KEY,
    year_id UUID NOT NULL REFERENCES school_year (id),
    name VARCHAR(100) NOT NULL,
    starts DATE NOT NULL,
    ends DATE NOT NULL
);

CREATE TABLE extra_holiday (
    id UUID PRIMARY KEY,
    year_id UUID NOT NULL REFERENCES school_year (id),
    holiday_date DATE NOT NULL,
    name VARCHAR(200) NOT NULL
);

CREATE TABLE moved_working_day (
    id UUID PRIMARY KEY,
    year_id UUID NOT NULL REFERENCES school_year (id),
    work_date DATE NOT NULL,
    replaces_date DATE NOT NULL
);

CREATE TABLE bell_period (
    id UUID PRIMARY KEY,
    school_id UUID NOT NULL REFERENCES school (id),
    number INT NOT NULL,
    starts TIME NOT NULL,
    ends TIME NOT NULL
);

CREATE TABLE programme (
    id UUID PRIMARY KEY,
    code VARCHAR(20) NOT NULL,
    name VARCHAR(300) NOT NULL
);

CREATE TABLE subject (
    id UUID PRIMARY KEY,
    name VARCHAR(200) NOT NULL,
    short_name VARCHAR(40) NOT NULL
);

CREATE TABLE staff (
    id UUID PRIMARY KEY,
    first_name VARCHAR(100) NOT NULL,
    last_name VARCHAR(100) NOT NULL,
    personal_code VARCHAR(12),
    phone VARCHAR(40),
    email VARCHAR(200),
    login VARCHAR(60) NOT NULL UNIQUE,
    password_hash VARCHAR(200) NOT NULL,
    revoked BOOLEAN NOT NULL
);

CREATE TABLE school_class (
    id UUID PRIMARY KEY,
    year_id UUID NOT NULL REFERENCES school_year (id),
    name VARCHAR(20) NOT NULL,
    form INT NOT NULL,
    programme_id UUID REFERENCES programme (id),
    tutor_id UUID REFERENCES staff (id)
);

CREATE TABLE staff_role (
    id UUID PRIMARY KEY,
    staff_id UUID NOT NULL REFERENCES staff (id),
    role VARCHAR(30) NOT NULL,
    class_id UUID REFERENCES school_class (id)
);

CREATE TABLE student (
    id UUID PRIMARY KEY,
    first_name VARCHAR(100) NOT NULL,
    last_name VARCHAR(100) NOT NULL,
    personal_code VARCHAR(12) NOT NULL,
    birth_date DATE NOT NULL,
    gender VARCHAR(1) NOT NULL,
    phone VARCHAR(40),
    actual_address VARCHAR(300),
    declared_address VARCHAR(300),
    id_document_no VARCHAR(40),
    id_document_issuer VARCHAR(200),
    id_document_date DATE,
    programme_id UUID REFERENCES programme (id),
    class_id UUID REFERENCES school_class (id),
    admitted_order_no VARCHAR(40),
    admitted_order_date DATE,
    left_order_no VARCHAR(40),
    left_order_date DATE
);

CREATE TABLE enrolment (
    id UUID PRIMARY KEY,
    student_id UUID NOT NULL REFERENCES student (id),
    class_id UUID NOT NULL REFERENCES school_class (id),
    starts DATE NOT NULL,
    ends DATE,
    order_no VARCHAR(40),
    order_date DATE
);

CREATE TABLE guardian (
    id UUID PRIMARY KEY,
    student_id UUID NOT NULL REFERENCES student (id),
    first_name VARCHAR(100) NOT NULL,
    last_name VARCHAR(100) NOT NULL,
    phone VARCHAR(40),
    relation VARCHAR(30)
);

CREATE TABLE student_group (
    id UUID PRIMARY KEY,
    year_id UUID NOT NULL REFERENCES school_year (id),
    name VARCHAR(60) NOT NULL,
    class_id UUID REFERENCES school_class (id)
);

CREATE TABLE group_member (
    id UUID PRIMARY KEY,
    group_id UUID NOT NULL REFERENCES student_group (id),
    student_id UUID NOT NULL REFERENCES student (id)
);

CREATE TABLE journal (
    id UUID PRIMARY KEY,
    year_id UUID NOT NULL REFERENCES school_year (id),
    kind VARCHAR(30) NOT NULL,
    subject_id UUID NOT NULL REFERENCES subject (id),
    class_id UUID REFERENCES school_class (id),
    group_id UUID REFERENCES student_group (id),
    name VARCHAR(200) NOT NULL
);

CREATE TABLE journal_teacher (
    id UUID PRIMARY KEY,
    journal_id UUID NOT NULL REFERENCES journal (id),
    staff_id UUID NOT NULL REFERENCES staff (id),
    role VARCHAR(30) NOT NULL
);

CREATE INDEX student_class ON student (class_id);
CREATE INDEX group_member_group ON group_member (group_id);
CREATE INDEX group_member_student ON group_member (student_id);
CREATE INDEX journal_teacher_staff ON journal_teacher (staff_id);
CREATE INDEX staff_role_staff ON staff_role (staff_id);
