package lv.klade.testing;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;

/** Text a user would see cut with "…": labels, headers and cells that show less than their text. */
public final class CutText {
    private CutText() {
    }

    /** Every visible label, header and cell under {@code root} whose text is cut, as "id or class: text". */
    public static List<String> under(Node root) {
        List<Labeled> all = new java.util.ArrayList<>();
        collect(root, all);
        return all.stream().filter(CutText::shown).filter(Labeled::isTextTruncated)
                .map(l -> (l.getId() != null ? l.getId() : l.getClass().getSimpleName()) + ": " + l.getText())
                .toList();
    }

    /** The headers and cells of the tables under {@code root} that show less than their text. */
    public static List<String> inTables(Node root) {
        return root.lookupAll(".table-view").stream().filter(n -> n instanceof TableView<?>)
                .flatMap(table -> under(table).stream().map(cut -> table.getId() + " " + cut)).toList();
    }

    private static void collect(Node node, List<Labeled> into) {
        if (node instanceof Labeled labeled) {
            into.add(labeled);
        }
        if (node instanceof javafx.scene.Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collect(child, into));
        }
    }

    private static boolean shown(Labeled label) {
        if (label.getText() == null || label.getText().isEmpty() || label.getScene() == null) {
            return false;
        }
        for (Node n = label; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }
}
