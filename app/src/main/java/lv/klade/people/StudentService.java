package lv.klade.people;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import lv.klade.db.Actor;
import lv.klade.db.Ids;
import lv.klade.db.JournalStore;
import lv.klade.db.Writes;
import lv.klade.i18n.UserError;
import lv.klade.school.DateRange;

import static lv.klade.people.Validation.optional;
import static lv.klade.people.Validation.required;

/**
 * Students: admission into a class, personal data, moves between classes (the old enrolment is
 * kept), leaving the school, and guardians. Each write has an {@code Actor} form that is one
 * transaction, and a {@code Writes} form that joins a bigger one.
 */
public final class StudentService {
    private final JournalStore store;
    private final StudentRepository students;
    private final ClassKeyRepository classes;
    private final StudentQueries queries;

    public StudentService(JournalStore store) {
        this.store = store;
        this.students = new StudentRepository(store);
        this.classes = new ClassKeyRepository();
        this.queries = new StudentQueries(students);
    }

    public UUID admit(Actor actor, Admission admission) {
        return store.write(actor, w -> admit(w, admission));
    }

    public UUID admit(Writes w, Admission admission) {
        return admitAll(w, List.of(admission)).getFirst();
    }

    /** Admits many students with a fixed number of checking queries, however many there are. */
    public List<UUID> admitAll(Writes w, List<Admission> admissions) {
        List<PersonalCode> codes = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Set<UUID> classIds = new HashSet<>();
        for (Admission a : admissions) {
            PersonalCode code = checkData(a.student());
            if (!seen.add(code.value())) {
                throw UserError.of("people.student.codeTwice", code.value());
            }
            checkAdmission(a);
            codes.add(code);
            classIds.add(a.classId());
        }
        if (admissions.isEmpty()) {
            return List.of();
        }
        Set<String> taken = students.takenCodes(w, seen, null);
        if (!taken.isEmpty()) {
            throw UserError.of("people.student.codeTaken", taken.iterator().next());
        }
        checkClassesExist(w, classIds);
        admissions.stream().collect(java.util.stream.Collectors.toMap(Admission::classId, Admission::from,
                (a, b) -> a.isBefore(b) ? a : b)).forEach((classId, from) -> checkClassOpen(w, classId, from));
        List<UUID> ids = new ArrayList<>(admissions.size());
        // Table by table: every student row is sent before any row that refers to it, even when
        // the rows go out in several batches.
        for (int i = 0; i < admissions.size(); i++) {
            Admission a = admissions.get(i);
            UUID id = Ids.next();
            students.insert(w, id, trimmed(a.student()), codes.get(i), a.classId(), a.order());
            ids.add(id);
        }
        w.flush();
        for (int i = 0; i < admissions.size(); i++) {
            Admission a = admissions.get(i);
            UUID id = ids.get(i);
            students.insertEnrolment(w, new Enrolment(Ids.next(), id, a.classId(), a.from(), null, a.order()));
            a.guardians().forEach(g -> students.insertGuardian(w, guardian(id, g)));
        }
        return ids;
    }

    /** Replaces the student's personal data; only the fields that differ are written. */
    public void update(Actor actor, UUID studentId, StudentData data) {
        store.run(actor, w -> update(w, studentId, data));
    }

    public void update(Writes w, UUID studentId, StudentData data) {
        PersonalCode code = checkData(data);
        existing(w, studentId);
        if (!students.takenCodes(w, List.of(code.value()), studentId).isEmpty()) {
            throw UserError.of("people.student.codeTaken", code.value());
        }
        students.update(w, studentId, trimmed(data), code);
    }

    /** Moves the student to another class from a date: the old enrolment ends the day before. */
    public void move(Actor actor, UUID studentId, UUID toClassId, LocalDate from, DirectorOrder order) {
        store.run(actor, w -> move(w, studentId, toClassId, from, order));
    }

    public void move(Writes w, UUID studentId, UUID toClassId, LocalDate from, DirectorOrder order) {
        Student student = current(w, studentId);
        checkOrder(order, "people.move.orderMissing", student.fullName());
        if (toClassId == null || from == null) {
            throw UserError.of("people.move.classOrDateMissing", student.fullName());
        }
        Enrolment now = students.currentEnrolment(w, studentId)
                .orElseThrow(() -> UserError.of("people.student.notInClass", student.fullName()));
        if (now.classId().equals(toClassId)) {
            throw UserError.of("people.move.sameClass", student.fullName());
        }
        if (!from.isAfter(now.starts())) {
            throw UserError.of("people.move.tooEarly", student.fullName(), now.starts());
        }
        checkClassesExist(w, Set.of(toClassId));
        checkClassOpen(w, toClassId, from);
        students.endEnrolment(w, now.id(), from.minusDays(1));
        students.insertEnrolment(w, new Enrolment(Ids.next(), studentId, toClassId, from, null, order));
        students.setClass(w, studentId, toClassId);
    }

    /** The student leaves the school; {@code lastDay} is their last day in their class. */
    public void leave(Actor actor, UUID studentId, LocalDate lastDay, DirectorOrder order) {
        store.run(actor, w -> leave(w, studentId, lastDay, order));
    }

    public void leave(Writes w, UUID studentId, LocalDate lastDay, DirectorOrder order) {
        Student student = current(w, studentId);
        checkOrder(order, "people.leave.orderMissing", student.fullName());
        if (lastDay == null) {
            throw UserError.of("people.leave.dateMissing", student.fullName());
        }
        Optional<Enrolment> now = students.currentEnrolment(w, studentId);
        if (now.isPresent() && lastDay.isBefore(now.get().starts())) {
            throw UserError.of("people.leave.tooEarly", student.fullName(), now.get().starts());
        }
        now.ifPresent(e -> students.endEnrolment(w, e.id(), lastDay));
        students.setLeft(w, studentId, order);
    }

    public UUID addGuardian(Actor actor, UUID studentId, GuardianData guardian) {
        return store.write(actor, w -> addGuardian(w, studentId, guardian));
    }

    public UUID addGuardian(Writes w, UUID studentId, GuardianData data) {
        existing(w, studentId);
        Guardian guardian = guardian(studentId, data);
        students.insertGuardian(w, guardian);
        return guardian.id();
    }

    public void removeGuardian(Actor actor, UUID guardianId) {
        store.run(actor, w -> removeGuardian(w, guardianId));
    }

    public void removeGuardian(Writes w, UUID guardianId) {
        if (!students.guardianExists(w, guardianId)) {
            throw UserError.of("people.guardian.missing");
        }
        students.deleteGuardian(w, guardianId);
    }

    /** The class's current students, by surname then name in Latvian alphabetical order. */
    public List<Student> ofClass(UUID classId) {
        return queries.ofClass(classId);
    }

    /**
     * The students who were in the class on at least one of the days (by their dated enrolments, so a
     * student who moved is in the old class before the move and in the new one from it), in Latvian
     * alphabetical order.
     */
    public List<Student> ofClass(UUID classId, DateRange days) {
        return queries.ofClass(classId, days);
    }

    /** Students whose name contains every word typed, or whose personal code contains the digits typed. */
    public List<Student> search(String typed) {
        return queries.search(typed);
    }

    /** The students with these personal codes, by code; a code no student has is left out. */
    public Map<PersonalCode, Student> byCodes(Collection<PersonalCode> codes) {
        Map<PersonalCode, Student> found = new HashMap<>();
        students.byCodes(codes.stream().map(PersonalCode::value).toList()).values()
                .forEach(s -> found.put(s.personalCode(), s));
        return found;
    }

    public Optional<StudentDetails> details(UUID studentId) {
        return students.student(studentId)
                .map(s -> new StudentDetails(s, students.guardians(studentId), students.enrolments(studentId)));
    }

    /** Students who have not left the school. */
    public int count() {
        return students.countCurrent();
    }

    private PersonalCode checkData(StudentData d) {
        String name = required(d.firstName(), "people.student.firstNameMissing", d.lastName());
        required(d.lastName(), "people.student.lastNameMissing", name);
        String who = name + " " + d.lastName().strip();
        // The code's own message names the code typed, which is enough to find the student.
        PersonalCode code = Validation.personalCode(d.personalCode());
        if (d.birthDate() == null) {
            throw UserError.of("people.student.birthDateMissing", who);
        }
        if (code.birthDate().isPresent() && !code.birthDate().get().equals(d.birthDate())) {
            throw UserError.of("people.student.birthDateDiffers", who, d.birthDate(), code.birthDate().get());
        }
        if (d.gender() == null) {
            throw UserError.of("people.student.genderMissing", who);
        }
        return code;
    }

    private static void checkAdmission(Admission a) {
        String who = a.student().firstName().strip() + " " + a.student().lastName().strip();
        checkOrder(a.order(), "people.admit.orderMissing", who);
        if (a.classId() == null || a.from() == null) {
            throw UserError.of("people.admit.classOrDateMissing", who);
        }
        a.guardians().forEach(g -> guardian(null, g));
    }

    private static void checkOrder(DirectorOrder order, String key, String who) {
        if (order == null || !order.isComplete()) {
            throw UserError.of(key, who);
        }
    }

    private void checkClassesExist(Writes w, Set<UUID> classIds) {
        if (!classes.existing(w, classIds).containsAll(classIds)) {
            throw UserError.of("people.classMissing");
        }
    }

    /** No one joins a class that has ended by the day they would join it. */
    private void checkClassOpen(Writes w, UUID classId, LocalDate from) {
        classes.endedBy(w, Set.of(classId), from).ifPresent(ended -> {
            throw UserError.of("people.classEnded", ended.name(), ended.ends());
        });
    }

    private Student existing(Writes w, UUID studentId) {
        return students.student(w, studentId).orElseThrow(() -> UserError.of("people.student.missing"));
    }

    private Student current(Writes w, UUID studentId) {
        Student student = existing(w, studentId);
        if (student.hasLeft()) {
            throw UserError.of("people.student.hasLeft", student.fullName(), student.left().date());
        }
        return student;
    }

    private static Guardian guardian(UUID studentId, GuardianData g) {
        String first = required(g.firstName(), "people.guardian.nameMissing");
        String last = required(g.lastName(), "people.guardian.nameMissing");
        return new Guardian(Ids.next(), studentId, first, last, optional(g.phone()), optional(g.relation()));
    }

    private static StudentData trimmed(StudentData d) {
        IdDocument doc = d.idDocument();
        return new StudentData(d.firstName().strip(), d.lastName().strip(), d.personalCode(), d.birthDate(),
                d.gender(), optional(d.phone()), optional(d.actualAddress()), optional(d.declaredAddress()),
                new IdDocument(optional(doc.number()), optional(doc.issuer()), doc.issued()), d.programmeId());
    }
}
