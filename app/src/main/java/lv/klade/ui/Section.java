package lv.klade.ui;

import javafx.scene.Node;

/** One entry of the main window's navigation: its title and the view it shows. */
public interface Section {
    /** The node's id in the navigation ({@code #nav-<id>}) and the view's ({@code #view-<id>}). */
    String id();

    String title();

    /** Builds the view; called on the FX thread when the user opens the section. */
    Node view();
}
