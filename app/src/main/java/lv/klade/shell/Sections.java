package lv.klade.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javafx.scene.Node;
import lv.klade.db.Actor;
import lv.klade.people.Role;
import lv.klade.people.StaffMember;
import lv.klade.school.ui.CalendarView;
import lv.klade.school.ui.CalendarViewModel;
import lv.klade.ui.Section;

/** The sections of the main window, each shown only to the roles that use it. */
final class Sections {
    private final Services services;
    private final StaffMember member;
    private final Shell shell;

    Sections(Services services, StaffMember member, Shell shell) {
        this.services = services;
        this.member = member;
        this.shell = shell;
    }

    /** What this person may open, in the order the navigation lists it. */
    List<Section> available() {
        List<Section> sections = new ArrayList<>();
        sections.add(section("calendar", "calendar.section", this::calendar));
        return sections;
    }

    private Node calendar() {
        CalendarViewModel model = new CalendarViewModel(services.schoolRepository(), services.school(), actor(),
                member.holds(Role.ADMINISTRATOR), shell.background());
        return new CalendarView(model, shell.messages()).root();
    }

    private Actor actor() {
        return Actor.user(member.id());
    }

    private Section section(String id, String titleKey, Supplier<Node> view) {
        String title = shell.messages().get(titleKey);
        return new Section() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public String title() {
                return title;
            }

            @Override
            public Node view() {
                return view.get();
            }
        };
    }
}
