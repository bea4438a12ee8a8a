package lv.klade.shell;

import java.util.stream.Collectors;
import lv.klade.i18n.Messages;
import lv.klade.people.RoleGrant;
import lv.klade.people.StaffMember;

/** The main window's header: the school, the year, who is logged in and in which roles. */
final class MainViewModel {
    private final Services services;
    private final StaffMember member;
    private final Messages text;

    MainViewModel(Services services, StaffMember member, Messages text) {
        this.services = services;
        this.member = member;
        this.text = text;
    }

    String schoolLine() {
        return services.schoolName() + " · " + services.yearName();
    }

    String userName() {
        return member.fullName();
    }

    String logoutText() {
        return text.get("main.logout");
    }

    /** The person's roles, a tutor's with the class: "Klases audzinātājs (7.a), Mācību priekšmeta skolotājs". */
    String roles() {
        return member.roles().stream()
                .sorted(java.util.Comparator.comparing(RoleGrant::role))
                .map(this::roleText)
                .collect(Collectors.joining(", "));
    }

    private String roleText(RoleGrant grant) {
        String role = text.get(grant.role().messageKey());
        return grant.forClass().map(id -> role + " (" + services.className(id) + ")").orElse(role);
    }
}
