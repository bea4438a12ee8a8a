package lv.klade.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import lv.klade.i18n.Messages;

/** Dialogs as JavaFX alerts and file choosers, owned by the main window. */
public final class FxDialogService implements DialogService {
    private final Window owner;
    private final Messages messages;

    public FxDialogService(Window owner, Messages messages) {
        this.owner = owner;
        this.messages = messages;
    }

    @Override
    public void showError(String message) {
        alert(Alert.AlertType.ERROR, message).showAndWait();
    }

    @Override
    public void showInfo(String message) {
        alert(Alert.AlertType.INFORMATION, message).showAndWait();
    }

    @Override
    public boolean confirm(String message) {
        return alert(Alert.AlertType.CONFIRMATION, message).showAndWait().filter(ButtonType.OK::equals).isPresent();
    }

    @Override
    public Optional<Path> chooseJournalToOpen() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("start.openFile"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.get("start.journalFiles"), "*.mv.db"));
        File file = chooser.showOpenDialog(owner);
        return Optional.ofNullable(file).map(File::toPath);
    }

    private Alert alert(Alert.AlertType type, String message) {
        Alert alert = new Alert(type, message);
        alert.initOwner(owner);
        alert.setHeaderText(null);
        alert.setTitle("Klade");
        alert.getDialogPane().setId("dialog");
        return alert;
    }
}
