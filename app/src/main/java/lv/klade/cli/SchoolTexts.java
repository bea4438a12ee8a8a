package lv.klade.cli;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import lv.klade.i18n.Messages;
import lv.klade.people.StaffMember;
import lv.klade.school.Endable;
import lv.klade.school.Journal;
import lv.klade.school.JournalTeacher;
import lv.klade.school.Programme;
import lv.klade.school.SchoolClass;
import lv.klade.school.StudentGroup;
import lv.klade.school.Subject;
import lv.klade.school.TeacherRole;
import lv.klade.shell.Services;

/**
 * The school's structure as the command line prints it: a programme, subject, class, group or
 * journal on one line, staff by name and login (the login is what the commands take).
 */
final class SchoolTexts {
    private final Messages messages;
    private final LocalDate today;
    private final Map<UUID, StaffMember> staff;
    private final Map<UUID, Programme> programmes;
    private final Map<UUID, String> classNames;

    private SchoolTexts(Messages messages, LocalDate today, Map<UUID, StaffMember> staff,
                        Map<UUID, Programme> programmes, Map<UUID, String> classNames) {
        this.messages = messages;
        this.today = today;
        this.staff = staff;
        this.programmes = programmes;
        this.classNames = classNames;
    }

    /** Reads the names the lines need as the journal holds them now. */
    static SchoolTexts of(Services services, Messages messages, LocalDate today) {
        return new SchoolTexts(messages, today,
                services.staff().all().stream().collect(Collectors.toMap(StaffMember::id, Function.identity())),
                services.classRepository().programmes().stream()
                        .collect(Collectors.toMap(Programme::id, Function.identity())),
                services.classRepository().classes(services.year().id()).stream()
                        .collect(Collectors.toMap(SchoolClass::id, SchoolClass::name)));
    }

    String programme(Programme programme) {
        return messages.get("masterDataCli.programmeLine", programme.code(), programme.name());
    }

    String subject(Subject subject) {
        return messages.get("masterDataCli.subjectLine", subject.name(), subject.shortName());
    }

    String schoolClass(SchoolClass schoolClass) {
        return messages.get("masterDataCli.classLine", schoolClass.name(), schoolClass.form(),
                schoolClass.tutorId() == null ? messages.get("masterDataCli.none") : person(schoolClass.tutorId()),
                schoolClass.programmeId() == null || !programmes.containsKey(schoolClass.programmeId())
                        ? messages.get("masterDataCli.none") : programme(programmes.get(schoolClass.programmeId())));
    }

    String group(StudentGroup group, int members) {
        return messages.get("masterDataCli.groupLine", group.name(), messages.get("masterData.groupKind." + group.kind()),
                group.classId() == null ? messages.get("masterDataCli.none") : classNames.getOrDefault(group.classId(), "?"),
                members);
    }

    String journal(Journal journal) {
        String teachers = journal.teachers().isEmpty() ? messages.get("masterDataCli.noTeacher")
                : journal.teachers().stream().map(this::teacher).collect(Collectors.joining(", "));
        return messages.get("masterDataCli.journalLine", journal.name(),
                messages.get("masterData.journalKind." + journal.kind()), teachers);
    }

    /** A journal's teacher: name and login, an accompanist's role, the dates when they are set. */
    String teacher(JournalTeacher teacher) {
        StringBuilder text = new StringBuilder(person(teacher.staffId()));
        if (teacher.role() != TeacherRole.TEACHER) {
            text.append(messages.get("masterDataCli.role", messages.get("people.role." + teacher.role())));
        }
        if (teacher.starts() != null && teacher.ends() != null) {
            text.append(messages.get("masterDataCli.fromTo", teacher.starts(), teacher.ends()));
        } else if (teacher.starts() != null) {
            text.append(messages.get("masterDataCli.from", teacher.starts()));
        } else if (teacher.ends() != null) {
            text.append(messages.get("masterDataCli.to", teacher.ends()));
        }
        return text.toString();
    }

    /** A staff member as "Anna Bērziņa (berzina)", marked when they have left the school. */
    String person(UUID staffId) {
        StaffMember member = staff.get(staffId);
        if (member == null) {
            return "?";
        }
        return messages.get(member.revoked() ? "masterDataCli.personLeft" : "masterDataCli.person", member.fullName(),
                member.login());
    }

    /** "" for an item in use with no end; otherwise when it ended or ends. */
    String ends(Endable item) {
        if (item.ends() == null) {
            return "";
        }
        return messages.get(item.endedOn(today) ? "masterDataCli.endedOn" : "masterDataCli.endsOn", item.ends());
    }
}
