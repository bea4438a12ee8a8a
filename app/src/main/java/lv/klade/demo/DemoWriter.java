package lv.klade.demo;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import lv.klade.db.Writes;
import lv.klade.i18n.Messages;
import lv.klade.people.Admission;
import lv.klade.people.DirectorOrder;
import lv.klade.people.GuardianData;
import lv.klade.people.IdDocument;
import lv.klade.people.PersonalCode;
import lv.klade.people.Role;
import lv.klade.people.RoleGrant;
import lv.klade.people.StaffData;
import lv.klade.people.StaffService;
import lv.klade.people.StudentData;
import lv.klade.people.StudentService;
import lv.klade.school.ClassService;
import lv.klade.school.DateRange;
import lv.klade.school.JournalKind;
import lv.klade.school.JournalTeacher;
import lv.klade.school.NewJournal;
import lv.klade.school.SchoolService;
import lv.klade.school.TeacherRole;
import lv.klade.school.YearPlan;
import lv.klade.timetable.NewEntry;
import lv.klade.timetable.NewVersion;

/** Writes a {@link DemoPlan} through the school and people services, inside one transaction. */
final class DemoWriter {
    /** The bell schedule of a typical Latvian school: 40-minute lessons from 8:30. */
    private static final String[] BELLS = {"08:30-09:10", "09:20-10:00", "10:10-10:50", "11:10-11:50",
        "12:10-12:50", "13:00-13:40", "13:50-14:30", "14:40-15:20", "15:30-16:10"};

    private final SchoolService school;
    private final ClassService classes;
    private final StaffService staff;
    private final StudentService students;
    private final Messages latvian = Messages.latvian();

    DemoWriter(SchoolService school, ClassService classes, StaffService staff, StudentService students) {
        this.school = school;
        this.classes = classes;
        this.staff = staff;
        this.students = students;
    }

    /** What was written, by the plan's indices. */
    record Written(UUID yearId, List<UUID> staffIds, List<UUID> classIds, List<UUID> studentIds,
                   List<UUID> journalIds) {
    }

    Written write(Writes w, DemoPlan plan, String passwordHash) {
        DemoPlan.School planned = plan.school();
        UUID schoolId = school.createSchool(w, planned.name(), planned.registrationNumber(), planned.address().line());
        UUID yearId = school.defaultYear(w, schoolId, plan.schoolYearStart());
        for (int i = 0; i < BELLS.length; i++) {
            String[] times = BELLS[i].split("-");
            school.addBellPeriod(w, i + 1, LocalTime.parse(times[0]), LocalTime.parse(times[1]));
        }
        List<UUID> programmes = plan.programmes().stream().map(p -> classes.addProgramme(w, p.code(), p.name())).toList();
        List<UUID> subjects = plan.subjects().stream().map(s -> classes.addSubject(w, s.name(), s.shortName())).toList();
        List<UUID> staffIds = staff.addAll(w, plan.staff().stream().map(s -> staffData(s, passwordHash)).toList());
        List<UUID> classIds = new ArrayList<>();
        for (DemoPlan.SchoolClass c : plan.classes()) {
            UUID classId = classes.addClass(w, yearId, c.name(), c.form(), programmes.get(c.programme()),
                    staffIds.get(c.tutor()));
            staff.grant(w, staffIds.get(c.tutor()), RoleGrant.tutorOf(classId));
            classIds.add(classId);
        }
        LocalDate firstDay = YearPlan.latvianDefault(plan.schoolYearStart()).days().starts();
        List<UUID> studentIds = students.admitAll(w, plan.students().stream()
                .map(s -> admission(s, plan, programmes, classIds, firstDay)).toList());
        List<UUID> groupIds = writeGroups(w, plan, yearId, classIds, studentIds);
        List<UUID> journalIds = new ArrayList<>();
        for (DemoPlan.Journal journal : plan.journals()) {
            journalIds.add(classes.addJournal(w, newJournal(journal, yearId, subjects, classIds, groupIds, staffIds, plan)));
        }
        return new Written(yearId, staffIds, classIds, studentIds, journalIds);
    }

    /** The timetable for the whole year as one version, in the plan's journals and staff. */
    static NewVersion timetable(DemoPlan plan, Written written, DemoTimetable.Result week, DateRange year) {
        List<NewEntry> entries = week.slots().stream().map(s -> new NewEntry(s.weekday(), s.period(),
                written.journalIds().get(s.journal()), written.staffIds().get(s.teacher()), s.room())).toList();
        String name = DemoData.properties("year.properties").getProperty("timetable.name");
        return new NewVersion(written.yearId(), name, year.starts(), year.ends(), entries);
    }

    private StaffData staffData(DemoPlan.Staff s, String passwordHash) {
        Set<RoleGrant> roles = s.roles().stream()
                .filter(role -> role != Role.CLASS_TUTOR)
                .map(role -> RoleGrant.of(role))
                .collect(Collectors.toSet());
        return new StaffData(s.firstName(), s.lastName(), PersonalCode.forBirthDate(s.birthDate(), s.serial()).value(),
                s.phone(), s.email(), s.login(), passwordHash, roles);
    }

    private Admission admission(DemoPlan.Student s, DemoPlan plan, List<UUID> programmes, List<UUID> classIds,
                                LocalDate firstDay) {
        UUID programme = programmes.get(plan.classes().get(s.schoolClass()).programme());
        IdDocument document = s.idDocument()
                .map(number -> new IdDocument(number, latvian.get("demo.idIssuer"), s.birthDate().plusYears(15)))
                .orElse(IdDocument.NONE);
        StudentData data = new StudentData(s.firstName(), s.lastName(),
                PersonalCode.forBirthDate(s.birthDate(), s.serial()).value(), s.birthDate(),
                s.gender(), s.phone(),
                s.actualAddress().line(), s.declaredAddress().line(), document, programme);
        List<GuardianData> guardians = s.guardians().stream()
                .map(g -> new GuardianData(g.firstName(), g.lastName(), g.phone(),
                        latvian.get("demo.relation." + g.relation().name())))
                .toList();
        DirectorOrder order = new DirectorOrder(s.admission().orderNumber(), s.admission().date());
        return new Admission(data, classIds.get(s.schoolClass()), firstDay, order, guardians);
    }

    private List<UUID> writeGroups(Writes w, DemoPlan plan, UUID yearId, List<UUID> classIds, List<UUID> studentIds) {
        List<UUID> groupIds = new ArrayList<>();
        for (DemoPlan.Group group : plan.groups()) {
            UUID classId = group.classes().size() == 1 ? classIds.get(group.classes().getFirst()) : null;
            UUID groupId = classes.addGroup(w, yearId, group.name(), classId);
            classes.addGroupMembers(w, groupId, group.students().stream().map(studentIds::get).toList());
            groupIds.add(groupId);
        }
        return groupIds;
    }

    private static NewJournal newJournal(DemoPlan.Journal journal, UUID yearId, List<UUID> subjects,
                                         List<UUID> classIds, List<UUID> groupIds, List<UUID> staffIds,
                                         DemoPlan plan) {
        List<JournalTeacher> teachers = new ArrayList<>();
        for (int i = 0; i < journal.teachers().size(); i++) {
            int teacher = journal.teachers().get(i);
            boolean accompanist = i > 0 && plan.staff().get(teacher).roles().contains(Role.ACCOMPANIST);
            teachers.add(new JournalTeacher(staffIds.get(teacher), accompanist ? TeacherRole.ACCOMPANIST : TeacherRole.TEACHER));
        }
        JournalKind kind = journal.kind();
        UUID subject = subjects.get(journal.subject());
        return switch (journal.audience()) {
            case DemoPlan.WholeClass whole -> NewJournal.forClass(yearId, kind, subject,
                    classIds.get(whole.schoolClass()), teachers);
            case DemoPlan.InGroup group -> NewJournal.forGroup(yearId, kind, subject,
                    groupIds.get(group.group()), teachers);
        };
    }

}
