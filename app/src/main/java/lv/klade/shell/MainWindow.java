package lv.klade.shell;

import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import lv.klade.ui.Section;

/** The main window: a header, the navigation the person's roles allow, and the open section. */
final class MainWindow {
    private final MainViewModel model;
    private final List<Section> sections;
    private final Runnable logout;
    private final StackPane content = new StackPane();

    MainWindow(MainViewModel model, List<Section> sections, Runnable logout) {
        this.model = model;
        this.sections = sections;
        this.logout = logout;
    }

    Parent root() {
        BorderPane root = new BorderPane();
        root.setId("mainWindow");
        root.setTop(header());
        root.setLeft(navigation());
        content.setId("content");
        content.setPadding(new Insets(16));
        root.setCenter(content);
        return root;
    }

    private HBox header() {
        Label brand = new Label("Klade");
        brand.getStyleClass().add("brand-small");
        Label school = new Label(model.schoolLine());
        school.setId("schoolLine");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Label user = new Label(model.userName());
        user.setId("userName");
        user.getStyleClass().add("text-bold");
        Label roles = new Label(model.roles());
        roles.setId("userRoles");
        roles.getStyleClass().add("text-muted");
        Button out = new Button(model.logoutText());
        out.setId("logout");
        out.setOnAction(e -> logout.run());
        HBox header = new HBox(14, brand, school, gap, new VBox(2, user, roles), out);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("header");
        return header;
    }

    private VBox navigation() {
        ToggleGroup group = new ToggleGroup();
        VBox nav = new VBox(4);
        nav.setId("navigation");
        nav.getStyleClass().add("navigation");
        for (Section section : sections) {
            ToggleButton button = new ToggleButton(section.title());
            button.setId("nav-" + section.id());
            button.setToggleGroup(group);
            button.setMaxWidth(Double.MAX_VALUE);
            button.setOnAction(e -> {
                button.setSelected(true);
                open(section);
            });
            nav.getChildren().add(button);
        }
        if (!sections.isEmpty()) {
            ((ToggleButton) nav.getChildren().getFirst()).setSelected(true);
            open(sections.getFirst());
        }
        return nav;
    }

    private void open(Section section) {
        Node view = section.view();
        view.setId("view-" + section.id());
        content.getChildren().setAll(view);
    }
}
