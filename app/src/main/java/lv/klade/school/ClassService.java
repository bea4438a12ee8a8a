package lv.klade.school;

import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import lv.klade.db.Actor;
import lv.klade.db.Ids;
import lv.klade.db.JournalStore;
import lv.klade.db.Writes;
import lv.klade.i18n.UserError;

/**
 * The write path for programmes, subjects, classes, groups and journals, with the same two forms
 * as {@link SchoolService}: an {@link Actor} form with its own transaction, a {@link Writes} form
 * that joins a bigger one. Staff and students belong to the people feature; their keys are taken
 * as given and the database refuses unknown ones.
 */
public final class ClassService {
    private static final Pattern PROGRAMME_CODE = Pattern.compile("\\d{8}");
    private static final Pattern CLASS_NAME = Pattern.compile("(\\d{1,2})\\.\\s*\\S.*");

    private final JournalStore store;
    private final SchoolRepository school;
    private final ClassRepository repository;

    public ClassService(JournalStore store, SchoolRepository school, ClassRepository repository) {
        this.store = store;
        this.school = school;
        this.repository = repository;
    }

    // --- programmes and subjects ---

    public UUID addProgramme(Actor actor, String code, String name) {
        return store.write(actor, w -> addProgramme(w, code, name));
    }

    /** Adds an education programme; its code is the 8-digit code of the state's classification. */
    public UUID addProgramme(Writes w, String code, String name) {
        String checkedCode = code == null ? "" : code.strip();
        if (!PROGRAMME_CODE.matcher(checkedCode).matches()) {
            throw UserError.of("programme.codeInvalid", checkedCode);
        }
        Programme programme = new Programme(Ids.next(), checkedCode, Require.text(name, "programme.nameMissing"));
        if (repository.programmes(w).stream().anyMatch(p -> p.code().equals(checkedCode))) {
            throw UserError.of("programme.duplicate", checkedCode);
        }
        repository.insert(w, programme);
        return programme.id();
    }

    public UUID addSubject(Actor actor, String name, String shortName) {
        return store.write(actor, w -> addSubject(w, name, shortName));
    }

    public UUID addSubject(Writes w, String name, String shortName) {
        Subject subject = new Subject(Ids.next(), Require.text(name, "subject.nameMissing"),
                Require.text(shortName, "subject.shortNameMissing"));
        if (repository.subjectNamed(w, subject.name())) {
            throw UserError.of("subject.duplicate", subject.name());
        }
        repository.insert(w, subject);
        return subject.id();
    }

    // --- classes ---

    public UUID addClass(Actor actor, UUID yearId, String name, int form, UUID programmeId, UUID tutorId) {
        return store.write(actor, w -> addClass(w, yearId, name, form, programmeId, tutorId));
    }

    /** Adds a class such as "7.a" in form 7; programme and tutor may be set later. */
    public UUID addClass(Writes w, UUID yearId, String name, int form, UUID programmeId, UUID tutorId) {
        if (form < SchoolClass.FIRST_FORM || form > SchoolClass.LAST_FORM) {
            throw UserError.of("class.formInvalid", form, SchoolClass.FIRST_FORM, SchoolClass.LAST_FORM);
        }
        String checkedName = name == null ? "" : name.strip();
        Matcher matcher = CLASS_NAME.matcher(checkedName);
        if (!matcher.matches() || Integer.parseInt(matcher.group(1)) != form) {
            throw UserError.of("class.nameInvalid", checkedName, form);
        }
        school.year(w, yearId).orElseThrow(() -> UserError.of("year.missing"));
        if (repository.classes(w, yearId).stream().anyMatch(c -> c.name().equalsIgnoreCase(checkedName))) {
            throw UserError.of("class.duplicate", checkedName);
        }
        SchoolClass schoolClass = new SchoolClass(Ids.next(), yearId, checkedName, form, programmeId, tutorId);
        repository.insert(w, schoolClass);
        return schoolClass.id();
    }

    public void setTutor(Actor actor, UUID classId, UUID tutorId) {
        store.run(actor, w -> setTutor(w, classId, tutorId));
    }

    /** Sets or, with null, removes the class tutor. */
    public void setTutor(Writes w, UUID classId, UUID tutorId) {
        classOf(w, classId);
        repository.setTutor(w, classId, tutorId);
    }

    private SchoolClass classOf(Writes w, UUID classId) {
        return repository.schoolClass(w, classId).orElseThrow(() -> UserError.of("class.missing"));
    }

    // --- groups ---

    public UUID addGroup(Actor actor, UUID yearId, String name, UUID classId) {
        return store.write(actor, w -> addGroup(w, yearId, name, classId));
    }

    /** Adds a group of one class, or with a null class a combined group of several classes. */
    public UUID addGroup(Writes w, UUID yearId, String name, UUID classId) {
        String checkedName = Require.text(name, "group.nameMissing");
        school.year(w, yearId).orElseThrow(() -> UserError.of("year.missing"));
        if (classId != null && !classOf(w, classId).yearId().equals(yearId)) {
            throw UserError.of("group.classOfOtherYear", checkedName);
        }
        if (repository.groups(w, yearId).stream().anyMatch(g -> g.name().equalsIgnoreCase(checkedName))) {
            throw UserError.of("group.duplicate", checkedName);
        }
        StudentGroup group = new StudentGroup(Ids.next(), yearId, checkedName, classId);
        repository.insert(w, group);
        return group.id();
    }

    public int addGroupMembers(Actor actor, UUID groupId, Collection<UUID> studentIds) {
        return store.write(actor, w -> addGroupMembers(w, groupId, studentIds));
    }

    /** Adds students to a group; those already in it are left as they are. Returns how many were added. */
    public int addGroupMembers(Writes w, UUID groupId, Collection<UUID> studentIds) {
        repository.group(w, groupId).orElseThrow(() -> UserError.of("group.missing"));
        Set<UUID> present = new HashSet<>(repository.memberIds(w, groupId));
        int added = 0;
        for (UUID studentId : studentIds) {
            if (present.add(studentId)) {
                repository.insertMember(w, groupId, studentId, Ids.next());
                added++;
            }
        }
        return added;
    }

    public void removeGroupMember(Actor actor, UUID groupId, UUID studentId) {
        store.run(actor, w -> removeGroupMember(w, groupId, studentId));
    }

    public void removeGroupMember(Writes w, UUID groupId, UUID studentId) {
        UUID rowId = repository.memberRowId(w, groupId, studentId)
                .orElseThrow(() -> UserError.of("group.notMember"));
        repository.deleteMember(w, rowId);
    }

    // --- journals ---

    public UUID addJournal(Actor actor, NewJournal journal) {
        return store.write(actor, w -> addJournal(w, journal));
    }

    /** Adds a journal named after its class or group and its subject, such as "7.a Matemātika". */
    public UUID addJournal(Writes w, NewJournal journal) {
        if ((journal.classId() == null) == (journal.groupId() == null)) {
            throw UserError.of("journal.classOrGroup");
        }
        Subject subject = repository.subject(w, journal.subjectId()).orElseThrow(() -> UserError.of("subject.missing"));
        String owner = ownerName(w, journal);
        Set<UUID> staff = new HashSet<>();
        for (JournalTeacher teacher : journal.teachers()) {
            if (!staff.add(teacher.staffId())) {
                throw UserError.of("journal.teacherTwice");
            }
        }
        Journal created = new Journal(Ids.next(), journal.yearId(), journal.kind(), subject.id(), journal.classId(),
                journal.groupId(), owner + " " + subject.name(), journal.teachers());
        repository.insert(w, created);
        for (JournalTeacher teacher : journal.teachers()) {
            repository.insertTeacher(w, created.id(), teacher, Ids.next());
        }
        return created.id();
    }

    /** The name of the journal's class or group, which must be of the journal's year. */
    private String ownerName(Writes w, NewJournal journal) {
        UUID ownerYear;
        String name;
        if (journal.classId() != null) {
            SchoolClass schoolClass = classOf(w, journal.classId());
            ownerYear = schoolClass.yearId();
            name = schoolClass.name();
        } else {
            StudentGroup group = groupOf(w, journal.groupId());
            ownerYear = group.yearId();
            name = group.name();
        }
        if (!ownerYear.equals(journal.yearId())) {
            throw UserError.of("journal.otherYear", name);
        }
        return name;
    }

    private StudentGroup groupOf(Writes w, UUID groupId) {
        return repository.group(w, groupId).orElseThrow(() -> UserError.of("group.missing"));
    }

    public void addJournalTeacher(Actor actor, UUID journalId, JournalTeacher teacher) {
        store.run(actor, w -> addJournalTeacher(w, journalId, teacher));
    }

    public void addJournalTeacher(Writes w, UUID journalId, JournalTeacher teacher) {
        if (!repository.journalExists(w, journalId)) {
            throw UserError.of("journal.missing");
        }
        if (repository.teacherRows(w, journalId).values().stream().anyMatch(t -> t.staffId().equals(teacher.staffId()))) {
            throw UserError.of("journal.teacherTwice");
        }
        repository.insertTeacher(w, journalId, teacher, Ids.next());
    }

    public void removeJournalTeacher(Actor actor, UUID journalId, UUID staffId) {
        store.run(actor, w -> removeJournalTeacher(w, journalId, staffId));
    }

    public void removeJournalTeacher(Writes w, UUID journalId, UUID staffId) {
        UUID rowId = repository.teacherRows(w, journalId).entrySet().stream()
                .filter(e -> e.getValue().staffId().equals(staffId)).map(Map.Entry::getKey)
                .findFirst().orElseThrow(() -> UserError.of("journal.notTeacher"));
        repository.deleteTeacher(w, rowId);
    }
}
