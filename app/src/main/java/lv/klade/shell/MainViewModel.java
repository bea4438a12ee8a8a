package lv.klade.shell;

import java.util.Comparator;
import java.util.stream.Collectors;
import lv.klade.i18n.Messages;
import lv.klade.people.RoleGrant;
import lv.klade.people.StaffMember;

/** The main window's header: the school, the year, who is logged in and in which roles. */
final class MainViewModel {
    private final StaffMember member;
    private final Messages text;
    private final String schoolLine;
    private final String roles;
    private final boolean syncedPc;

    private MainViewModel(StaffMember member, Messages text, String schoolLine, String roles, boolean syncedPc) {
        this.member = member;
        this.text = text;
        this.schoolLine = schoolLine;
        this.roles = roles;
        this.syncedPc = syncedPc;
    }

    /** Reads the header's facts off the FX thread. */
    static MainViewModel prepare(Services services, StaffMember member, Messages text) {
        String roles = member.roles().stream()
                .sorted(Comparator.comparing(RoleGrant::role))
                .map(grant -> roleText(services, text, grant))
                .collect(Collectors.joining(", "));
        return new MainViewModel(member, text, services.schoolName() + " · " + services.yearName(), roles,
                services.sync().status().isSpoke());
    }

    StaffMember member() {
        return member;
    }

    /** This journal is a classroom PC that syncs with the school's central copy. */
    boolean syncedPc() {
        return syncedPc;
    }

    String schoolLine() {
        return schoolLine;
    }

    String userName() {
        return member.fullName();
    }

    String logoutText() {
        return text.get("main.logout");
    }

    /** The person's roles, a tutor's with the class: "Klases audzinātājs (7.a), Mācību priekšmeta skolotājs". */
    String roles() {
        return roles;
    }

    private static String roleText(Services services, Messages text, RoleGrant grant) {
        String role = text.get(grant.role().messageKey());
        return grant.forClass().map(id -> role + " (" + services.className(id) + ")").orElse(role);
    }
}
