package lv.klade.school;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
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
        Programme programme = checkedProgramme(w, new Programme(Ids.next(), code, name, null));
        repository.insert(w, programme);
        return programme.id();
    }

    public void renameProgramme(Actor actor, UUID programmeId, String code, String name) {
        store.run(actor, w -> {
            repository.programme(w, programmeId).orElseThrow(() -> UserError.of("programme.missing"));
            repository.rename(w, checkedProgramme(w, new Programme(programmeId, code, name, null)));
        });
    }

    /** The programme with its code and name checked, unique among the others. */
    private Programme checkedProgramme(Writes w, Programme programme) {
        mayEdit(w);
        String checkedCode = programme.code() == null ? "" : programme.code().strip();
        if (!PROGRAMME_CODE.matcher(checkedCode).matches()) {
            throw UserError.of("programme.codeInvalid", checkedCode);
        }
        String name = Require.text(programme.name(), "programme.nameMissing");
        if (repository.programmes(w).stream()
                .anyMatch(p -> p.code().equals(checkedCode) && !p.id().equals(programme.id()))) {
            throw UserError.of("programme.duplicate", checkedCode);
        }
        return new Programme(programme.id(), checkedCode, name, programme.ends());
    }

    /** Only the administrator (or Klade itself, for setup and the demo) changes master data. */
    private void mayEdit(Writes w) {
        if (!repository.mayEditMasterData(w)) {
            throw UserError.of("masterData.notAdministrator");
        }
    }

    public UUID addSubject(Actor actor, String name, String shortName) {
        return store.write(actor, w -> addSubject(w, name, shortName));
    }

    public UUID addSubject(Writes w, String name, String shortName) {
        Subject subject = checkedSubject(w, Ids.next(), name, shortName);
        repository.insert(w, subject);
        return subject.id();
    }

    /** Renames a subject and the journals named after it. */
    public void renameSubject(Actor actor, UUID subjectId, String name, String shortName) {
        store.run(actor, w -> {
            repository.subject(w, subjectId).orElseThrow(() -> UserError.of("subject.missing"));
            Subject subject = checkedSubject(w, subjectId, name, shortName);
            repository.rename(w, subject);
            for (Journal journal : repository.journalsOfSubject(w, subjectId)) {
                repository.renameJournal(w, journal.id(), ownerName(w, journal.classId(), journal.groupId()).name()
                        + " " + subject.name());
            }
        });
    }

    private Subject checkedSubject(Writes w, UUID subjectId, String name, String shortName) {
        mayEdit(w);
        Subject subject = new Subject(subjectId, Require.text(name, "subject.nameMissing"),
                Require.text(shortName, "subject.shortNameMissing"), null);
        if (repository.subjects(w).stream()
                .anyMatch(s -> s.name().equalsIgnoreCase(subject.name()) && !s.id().equals(subjectId))) {
            throw UserError.of("subject.duplicate", subject.name());
        }
        return subject;
    }

    // --- classes ---

    /** Adds a class, as {@link #addClass(Writes, UUID, String, int, UUID, UUID)}, with a tutor who still works here. */
    public UUID addClass(Actor actor, UUID yearId, String name, int form, UUID programmeId, UUID tutorId) {
        return store.write(actor, w -> {
            // Only a tutor chosen now is checked: closing the year copies each class with its tutor as it was.
            mayEdit(w);
            checkTutor(w, tutorId);
            return addClass(w, yearId, name, form, programmeId, tutorId);
        });
    }

    /** Adds a class such as "7.a" in form 7; programme and tutor may be set later. */
    public UUID addClass(Writes w, UUID yearId, String name, int form, UUID programmeId, UUID tutorId) {
        SchoolClass schoolClass = checkedClass(w, new SchoolClass(Ids.next(), yearId, name, form, programmeId, tutorId,
                null));
        repository.insert(w, schoolClass);
        return schoolClass.id();
    }

    /** Changes a class's name, form and programme; its journals take the new name. */
    public void changeClass(Actor actor, UUID classId, String name, int form, UUID programmeId) {
        store.run(actor, w -> changeClass(w, classId, name, form, programmeId));
    }

    public void changeClass(Writes w, UUID classId, String name, int form, UUID programmeId) {
        SchoolClass old = classOf(w, classId);
        SchoolClass changed = checkedClass(w, new SchoolClass(classId, old.yearId(), name, form, programmeId,
                old.tutorId(), old.ends()));
        repository.change(w, changed);
        renameJournalsOf(w, classId, null, changed.name());
    }

    /** The class with its form and name checked, unique in its year among the others. */
    private SchoolClass checkedClass(Writes w, SchoolClass schoolClass) {
        mayEdit(w);
        int form = schoolClass.form();
        if (form < SchoolClass.FIRST_FORM || form > SchoolClass.LAST_FORM) {
            throw UserError.of("class.formInvalid", form, SchoolClass.FIRST_FORM, SchoolClass.LAST_FORM);
        }
        String checkedName = schoolClass.name() == null ? "" : schoolClass.name().strip();
        Matcher matcher = CLASS_NAME.matcher(checkedName);
        if (!matcher.matches() || Integer.parseInt(matcher.group(1)) != form) {
            throw UserError.of("class.nameInvalid", checkedName, form);
        }
        school.year(w, schoolClass.yearId()).orElseThrow(() -> UserError.of("year.missing"));
        if (repository.classes(w, schoolClass.yearId()).stream()
                .anyMatch(c -> c.name().equalsIgnoreCase(checkedName) && !c.id().equals(schoolClass.id()))) {
            throw UserError.of("class.duplicate", checkedName);
        }
        return new SchoolClass(schoolClass.id(), schoolClass.yearId(), checkedName, form, schoolClass.programmeId(),
                schoolClass.tutorId(), schoolClass.ends());
    }

    public void setTutor(Actor actor, UUID classId, UUID tutorId) {
        store.run(actor, w -> setTutor(w, classId, tutorId));
    }

    /** Sets or, with null, removes the class tutor; a new tutor must still work at the school. */
    public void setTutor(Writes w, UUID classId, UUID tutorId) {
        mayEdit(w);
        SchoolClass schoolClass = classOf(w, classId);
        if (tutorId != null && !tutorId.equals(schoolClass.tutorId())) {
            checkTutor(w, tutorId);
        }
        repository.setTutor(w, classId, tutorId);
    }

    private void checkTutor(Writes w, UUID tutorId) {
        if (tutorId != null && repository.staffRevoked(w, tutorId)) {
            throw UserError.of("class.tutorLeft");
        }
    }

    private SchoolClass classOf(Writes w, UUID classId) {
        return repository.schoolClass(w, classId).orElseThrow(() -> UserError.of("class.missing"));
    }

    // --- groups ---

    public UUID addGroup(Actor actor, UUID yearId, String name, UUID classId) {
        return store.write(actor, w -> addGroup(w, yearId, name, classId));
    }

    /** Adds a split of one class, or with a null class a combined group of several classes. */
    public UUID addGroup(Writes w, UUID yearId, String name, UUID classId) {
        return addGroup(w, yearId, name, classId, classId == null ? GroupKind.COMBINED : GroupKind.SPLIT);
    }

    public UUID addGroup(Actor actor, UUID yearId, String name, UUID classId, GroupKind kind) {
        return store.write(actor, w -> addGroup(w, yearId, name, classId, kind));
    }

    /** Adds a group of a kind; a split needs its class, the other kinds may have one or none. */
    public UUID addGroup(Writes w, UUID yearId, String name, UUID classId, GroupKind kind) {
        mayEdit(w);
        String checkedName = checkedGroupName(w, yearId, null, name);
        if (kind.ofOneClass() && classId == null) {
            throw UserError.of("group.splitNeedsClass", checkedName);
        }
        if (classId != null && !classOf(w, classId).yearId().equals(yearId)) {
            throw UserError.of("group.classOfOtherYear", checkedName);
        }
        StudentGroup group = new StudentGroup(Ids.next(), yearId, checkedName, classId, kind, null);
        repository.insert(w, group);
        return group.id();
    }

    /** Renames a group and the journals named after it. */
    public void renameGroup(Actor actor, UUID groupId, String name) {
        store.run(actor, w -> {
            mayEdit(w);
            StudentGroup group = groupOf(w, groupId);
            String checkedName = checkedGroupName(w, group.yearId(), groupId, name);
            repository.renameGroup(w, groupId, checkedName);
            renameJournalsOf(w, null, groupId, checkedName);
        });
    }

    private String checkedGroupName(Writes w, UUID yearId, UUID groupId, String name) {
        String checkedName = Require.text(name, "group.nameMissing");
        school.year(w, yearId).orElseThrow(() -> UserError.of("year.missing"));
        if (repository.groups(w, yearId).stream()
                .anyMatch(g -> g.name().equalsIgnoreCase(checkedName) && !g.id().equals(groupId))) {
            throw UserError.of("group.duplicate", checkedName);
        }
        return checkedName;
    }

    public int addGroupMembers(Actor actor, UUID groupId, Collection<UUID> studentIds) {
        return store.write(actor, w -> addGroupMembers(w, groupId, studentIds));
    }

    /** Adds students to a group; those already in it are left as they are. Returns how many were added. */
    public int addGroupMembers(Writes w, UUID groupId, Collection<UUID> studentIds) {
        mayEdit(w);
        StudentGroup group = groupOf(w, groupId);
        if (group.kind().ofOneClass()) {
            Map<UUID, UUID> classes = repository.classesOfStudents(w, studentIds);
            if (studentIds.stream().anyMatch(id -> !group.classId().equals(classes.get(id)))) {
                throw UserError.of("group.studentOfOtherClass", group.name(), classOf(w, group.classId()).name());
            }
        }
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
        mayEdit(w);
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
        mayEdit(w);
        if ((journal.classId() == null) == (journal.groupId() == null)) {
            throw UserError.of("journal.classOrGroup");
        }
        Subject subject = repository.subject(w, journal.subjectId()).orElseThrow(() -> UserError.of("subject.missing"));
        Owner owner = ownerName(w, journal.classId(), journal.groupId());
        if (!owner.yearId().equals(journal.yearId())) {
            throw UserError.of("journal.otherYear", owner.name());
        }
        SchoolYear year = school.year(w, journal.yearId()).orElseThrow(() -> UserError.of("year.missing"));
        Set<UUID> staff = new HashSet<>();
        for (JournalTeacher teacher : journal.teachers()) {
            if (!staff.add(teacher.staffId())) {
                throw UserError.of("journal.teacherTwice");
            }
            checkTeacher(w, year, teacher);
        }
        Journal created = new Journal(Ids.next(), journal.yearId(), journal.kind(), subject.id(), journal.classId(),
                journal.groupId(), owner.name() + " " + subject.name(), journal.teachers(), null);
        repository.insert(w, created);
        for (JournalTeacher teacher : journal.teachers()) {
            repository.insertTeacher(w, created.id(), teacher, Ids.next());
        }
        return created.id();
    }

    private record Owner(UUID yearId, String name) {
    }

    /** The journal's class or group: its year and name. */
    private Owner ownerName(Writes w, UUID classId, UUID groupId) {
        if (classId != null) {
            SchoolClass schoolClass = classOf(w, classId);
            return new Owner(schoolClass.yearId(), schoolClass.name());
        }
        StudentGroup group = groupOf(w, groupId);
        return new Owner(group.yearId(), group.name());
    }

    /** A journal is named "owner subject": renaming its class or group renames it too. */
    private void renameJournalsOf(Writes w, UUID classId, UUID groupId, String ownerName) {
        for (Journal journal : repository.journalsOf(w, classId, groupId)) {
            String subject = repository.subject(w, journal.subjectId()).map(Subject::name).orElse("");
            repository.renameJournal(w, journal.id(), ownerName + " " + subject);
        }
    }

    /** A journal's teacher still works at the school and teaches within the year. */
    private void checkTeacher(Writes w, SchoolYear year, JournalTeacher teacher) {
        if (repository.staffRevoked(w, teacher.staffId())) {
            throw UserError.of("journal.teacherLeft");
        }
        LocalDate starts = teacher.starts() == null ? year.starts() : teacher.starts();
        LocalDate ends = teacher.ends() == null ? year.ends() : teacher.ends();
        Require.insideYear(year, new DateRange(starts, ends));
    }

    private StudentGroup groupOf(Writes w, UUID groupId) {
        return repository.group(w, groupId).orElseThrow(() -> UserError.of("group.missing"));
    }

    public void addJournalTeacher(Actor actor, UUID journalId, JournalTeacher teacher) {
        store.run(actor, w -> addJournalTeacher(w, journalId, teacher));
    }

    public void addJournalTeacher(Writes w, UUID journalId, JournalTeacher teacher) {
        mayEdit(w);
        Journal journal = journalOf(w, journalId);
        if (repository.teacherRows(w, journalId).values().stream().anyMatch(t -> t.staffId().equals(teacher.staffId()))) {
            throw UserError.of("journal.teacherTwice");
        }
        checkTeacher(w, yearOf(w, journal), teacher);
        repository.insertTeacher(w, journalId, teacher, Ids.next());
    }

    /** The teacher teaches in the journal to {@code lastDay}, e.g. the day before a new teacher takes over. */
    public void endJournalTeacher(Actor actor, UUID journalId, UUID staffId, LocalDate lastDay) {
        store.run(actor, w -> {
            mayEdit(w);
            Journal journal = journalOf(w, journalId);
            Map.Entry<UUID, JournalTeacher> row = teacherRow(w, journalId, staffId);
            JournalTeacher ended = new JournalTeacher(staffId, row.getValue().role(), row.getValue().starts(), lastDay);
            if (lastDay == null) {
                throw UserError.of("masterData.dateMissing");
            }
            SchoolYear year = yearOf(w, journal);
            Require.insideYear(year, new DateRange(ended.starts() == null ? year.starts() : ended.starts(), lastDay));
            repository.setTeacherEnds(w, row.getKey(), lastDay);
        });
    }

    private Journal journalOf(Writes w, UUID journalId) {
        return repository.journal(w, journalId).orElseThrow(() -> UserError.of("journal.missing"));
    }

    private SchoolYear yearOf(Writes w, Journal journal) {
        return school.year(w, journal.yearId()).orElseThrow(() -> UserError.of("year.missing"));
    }

    private Map.Entry<UUID, JournalTeacher> teacherRow(Writes w, UUID journalId, UUID staffId) {
        return repository.teacherRows(w, journalId).entrySet().stream()
                .filter(e -> e.getValue().staffId().equals(staffId))
                .findFirst().orElseThrow(() -> UserError.of("journal.notTeacher"));
    }

    public void removeJournalTeacher(Actor actor, UUID journalId, UUID staffId) {
        store.run(actor, w -> removeJournalTeacher(w, journalId, staffId));
    }

    public void removeJournalTeacher(Writes w, UUID journalId, UUID staffId) {
        mayEdit(w);
        repository.deleteTeacher(w, teacherRow(w, journalId, staffId).getKey());
    }

    // --- ending and deleting ---

    /**
     * Ends an item from {@code ends} (the first day it is no longer used), or with null takes it
     * back into use. A class's, group's or journal's end must be within its year.
     */
    public void end(Actor actor, MasterItem item, UUID id, LocalDate ends) {
        store.run(actor, w -> {
            mayEdit(w);
            yearOfItem(w, item, id).ifPresent(yearId -> {
                if (ends != null) {
                    Require.insideYear(school.year(w, yearId).orElseThrow(() -> UserError.of("year.missing")), ends);
                }
            });
            repository.setEnds(w, item, id, ends);
        });
    }

    /** Deletes an item nothing refers to; one with lessons, grades, students or journals is ended instead. */
    public void delete(Actor actor, MasterItem item, UUID id) {
        store.run(actor, w -> {
            mayEdit(w);
            yearOfItem(w, item, id);
            boolean inUse = switch (item) {
                case PROGRAMME -> repository.programmeInUse(w, id);
                case SUBJECT -> repository.subjectInUse(w, id);
                case CLASS -> repository.classInUse(w, id);
                case GROUP -> repository.groupInUse(w, id);
                case JOURNAL -> repository.journalInUse(w, id);
            };
            if (inUse) {
                throw UserError.of("masterData.inUse");
            }
            if (item == MasterItem.GROUP) {
                repository.memberRowIds(w, id).forEach(row -> repository.deleteMember(w, row));
            }
            if (item == MasterItem.JOURNAL) {
                repository.teacherRows(w, id).keySet().forEach(row -> repository.deleteTeacher(w, row));
            }
            repository.delete(w, item, id);
        });
    }

    /** The year of a class, group or journal, none for a programme or subject; refuses an unknown item. */
    private Optional<UUID> yearOfItem(Writes w, MasterItem item, UUID id) {
        return switch (item) {
            case PROGRAMME -> {
                repository.programme(w, id).orElseThrow(() -> UserError.of("programme.missing"));
                yield Optional.empty();
            }
            case SUBJECT -> {
                repository.subject(w, id).orElseThrow(() -> UserError.of("subject.missing"));
                yield Optional.empty();
            }
            case CLASS -> Optional.of(classOf(w, id).yearId());
            case GROUP -> Optional.of(groupOf(w, id).yearId());
            case JOURNAL -> Optional.of(journalOf(w, id).yearId());
        };
    }
}
