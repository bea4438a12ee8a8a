package lv.klade.people;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import lv.klade.db.JournalStore;
import lv.klade.db.Writes;
import lv.klade.db.generated.tables.records.EnrolmentRecord;
import lv.klade.db.generated.tables.records.GuardianRecord;
import lv.klade.db.generated.tables.records.StudentRecord;
import lv.klade.school.DateRange;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;

import static lv.klade.db.generated.Tables.ENROLMENT;
import static lv.klade.db.generated.Tables.GUARDIAN;
import static lv.klade.db.generated.Tables.STUDENT;

/** Student rows, their enrolments in classes, and their guardians. */
final class StudentRepository {
    private final JournalStore store;

    StudentRepository(JournalStore store) {
        this.store = store;
    }

    void insert(Writes w, UUID id, StudentData data, PersonalCode code, UUID classId, DirectorOrder admitted) {
        StudentRecord row = new StudentRecord();
        row.setId(id);
        row.setClassId(classId);
        row.setAdmittedOrderNo(admitted.number());
        row.setAdmittedOrderDate(admitted.date());
        columns(data, code).forEach((field, value) -> set(row, field, value));
        w.insert(row);
    }

    /** Sets only the columns whose values differ from the stored ones; nothing when none do. */
    void update(Writes w, UUID id, StudentData data, PersonalCode code) {
        StudentRecord stored = w.dsl().fetchOne(STUDENT, STUDENT.ID.eq(id));
        Map<Field<?>, Object> changed = new LinkedHashMap<>();
        columns(data, code).forEach((field, value) -> {
            if (!Objects.equals(stored.get(field), value)) {
                changed.put(field, value);
            }
        });
        if (!changed.isEmpty()) {
            w.update(STUDENT, id, changed);
        }
    }

    private static Map<Field<?>, Object> columns(StudentData data, PersonalCode code) {
        Map<Field<?>, Object> values = new LinkedHashMap<>();
        values.put(STUDENT.FIRST_NAME, data.firstName());
        values.put(STUDENT.LAST_NAME, data.lastName());
        values.put(STUDENT.PERSONAL_CODE, code.value());
        values.put(STUDENT.BIRTH_DATE, data.birthDate());
        values.put(STUDENT.GENDER, data.gender().name());
        values.put(STUDENT.PHONE, data.phone());
        values.put(STUDENT.ACTUAL_ADDRESS, data.actualAddress());
        values.put(STUDENT.DECLARED_ADDRESS, data.declaredAddress());
        values.put(STUDENT.ID_DOCUMENT_NO, data.idDocument().number());
        values.put(STUDENT.ID_DOCUMENT_ISSUER, data.idDocument().issuer());
        values.put(STUDENT.ID_DOCUMENT_DATE, data.idDocument().issued());
        values.put(STUDENT.PROGRAMME_ID, data.programmeId());
        return values;
    }

    @SuppressWarnings("unchecked")
    private static <T> void set(StudentRecord row, Field<T> field, Object value) {
        row.set(field, (T) value);
    }

    void insertEnrolment(Writes w, Enrolment e) {
        EnrolmentRecord row = new EnrolmentRecord();
        row.setId(e.id());
        row.setStudentId(e.studentId());
        row.setClassId(e.classId());
        row.setStarts(e.starts());
        row.setEnds(e.ends());
        row.setOrderNo(e.order().number());
        row.setOrderDate(e.order().date());
        w.insert(row);
    }

    void endEnrolment(Writes w, UUID enrolmentId, LocalDate lastDay) {
        w.update(ENROLMENT, enrolmentId, Map.of(ENROLMENT.ENDS, lastDay));
    }

    void setClass(Writes w, UUID studentId, UUID classId) {
        Map<Field<?>, Object> values = new LinkedHashMap<>();
        values.put(STUDENT.CLASS_ID, classId);
        w.update(STUDENT, studentId, values);
    }

    void setLeft(Writes w, UUID studentId, DirectorOrder order) {
        Map<Field<?>, Object> values = new LinkedHashMap<>();
        values.put(STUDENT.CLASS_ID, null);
        values.put(STUDENT.LEFT_ORDER_NO, order.number());
        values.put(STUDENT.LEFT_ORDER_DATE, order.date());
        w.update(STUDENT, studentId, values);
    }

    void insertGuardian(Writes w, Guardian g) {
        GuardianRecord row = new GuardianRecord();
        row.setId(g.id());
        row.setStudentId(g.studentId());
        row.setFirstName(g.firstName());
        row.setLastName(g.lastName());
        row.setPhone(g.phone());
        row.setRelation(g.relation());
        w.insert(row);
    }

    void deleteGuardian(Writes w, UUID guardianId) {
        w.delete(GUARDIAN, guardianId);
    }

    boolean guardianExists(Writes w, UUID guardianId) {
        return w.dsl().fetchExists(GUARDIAN, GUARDIAN.ID.eq(guardianId));
    }

    /** The personal codes among these that a student already has, in one query. */
    Set<String> takenCodes(Writes w, Collection<String> codes, UUID except) {
        Condition other = except == null ? STUDENT.ID.isNotNull() : STUDENT.ID.ne(except);
        return new HashSet<>(w.dsl().select(STUDENT.PERSONAL_CODE).from(STUDENT)
                .where(STUDENT.PERSONAL_CODE.in(codes), other).fetch(STUDENT.PERSONAL_CODE));
    }

    /** The students who have one of these personal codes, by code, in one query. */
    Map<String, Student> byCodes(Collection<String> codes) {
        return store.dsl().selectFrom(STUDENT).where(STUDENT.PERSONAL_CODE.in(codes))
                .fetchMap(STUDENT.PERSONAL_CODE, StudentRepository::toStudent);
    }

    Optional<Student> student(Writes w, UUID id) {
        return student(w.dsl(), id);
    }

    Optional<Student> student(UUID id) {
        return student(store.dsl(), id);
    }

    private static Optional<Student> student(DSLContext dsl, UUID id) {
        return dsl.selectFrom(STUDENT).where(STUDENT.ID.eq(id)).fetchOptional(StudentRepository::toStudent);
    }

    Optional<Enrolment> currentEnrolment(Writes w, UUID studentId) {
        return w.dsl().selectFrom(ENROLMENT).where(ENROLMENT.STUDENT_ID.eq(studentId), ENROLMENT.ENDS.isNull())
                .fetchOptional(StudentRepository::toEnrolment);
    }

    List<Student> ofClass(UUID classId) {
        return store.dsl().selectFrom(STUDENT).where(STUDENT.CLASS_ID.eq(classId)).fetch(StudentRepository::toStudent);
    }

    /** The students who were in the class on at least one of the days, by its dated enrolments. */
    List<Student> ofClass(UUID classId, DateRange days) {
        Set<UUID> ids = EnrolmentRepository.classDays(store.dsl(), classId).entrySet().stream()
                .filter(e -> DateRange.anyOverlaps(e.getValue(), days)).map(Map.Entry::getKey)
                .collect(Collectors.toSet());
        return store.dsl().selectFrom(STUDENT).where(STUDENT.ID.in(ids)).fetch(StudentRepository::toStudent);
    }

    List<Student> all() {
        return store.dsl().selectFrom(STUDENT).fetch(StudentRepository::toStudent);
    }

    List<Guardian> guardians(UUID studentId) {
        return store.dsl().selectFrom(GUARDIAN).where(GUARDIAN.STUDENT_ID.eq(studentId))
                .orderBy(GUARDIAN.LAST_NAME, GUARDIAN.FIRST_NAME)
                .fetch(r -> new Guardian(r.getId(), r.getStudentId(), r.getFirstName(), r.getLastName(),
                        r.getPhone(), r.getRelation()));
    }

    List<Enrolment> enrolments(UUID studentId) {
        return store.dsl().selectFrom(ENROLMENT).where(ENROLMENT.STUDENT_ID.eq(studentId))
                .orderBy(ENROLMENT.STARTS).fetch(StudentRepository::toEnrolment);
    }

    /** Students who have not left the school. */
    int countCurrent() {
        return store.dsl().fetchCount(STUDENT, STUDENT.LEFT_ORDER_DATE.isNull());
    }

    private static Enrolment toEnrolment(EnrolmentRecord r) {
        return new Enrolment(r.getId(), r.getStudentId(), r.getClassId(), r.getStarts(), r.getEnds(),
                new DirectorOrder(r.getOrderNo(), r.getOrderDate()));
    }

    private static Student toStudent(StudentRecord r) {
        DirectorOrder left = r.getLeftOrderDate() == null ? null : new DirectorOrder(r.getLeftOrderNo(), r.getLeftOrderDate());
        return new Student(r.getId(), r.getFirstName(), r.getLastName(), new PersonalCode(r.getPersonalCode()),
                r.getBirthDate(), Gender.valueOf(r.getGender()), r.getPhone(), r.getActualAddress(),
                r.getDeclaredAddress(), new IdDocument(r.getIdDocumentNo(), r.getIdDocumentIssuer(), r.getIdDocumentDate()),
                r.getProgrammeId(), r.getClassId(), new DirectorOrder(r.getAdmittedOrderNo(), r.getAdmittedOrderDate()), left);
    }
}
