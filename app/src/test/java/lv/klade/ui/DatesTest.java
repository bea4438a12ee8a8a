package lv.klade.ui;

import javafx.scene.Scene;
import javafx.scene.control.DatePicker;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import lv.klade.i18n.Messages;
import lv.klade.testing.Snapshots;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(ApplicationExtension.class)
class DatesTest extends FxRobot {
    private final VBox host = new VBox(8);

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(host, 320, 120));
        stage.show();
    }

    private DatePicker shown(String id, Messages text) {
        interact(() -> host.getChildren().add(Dates.picker(id, text)));
        return lookup("#" + id).queryAs(DatePicker.class);
    }

    @Test
    void emptyDateAsksForItsFormatInEnglishWhenTheUiIsEnglish() {
        DatePicker english = shown("englishDate", new Messages(Messages.ENGLISH));
        DatePicker latvian = shown("latvianDate", Messages.latvian());
        Snapshots.shoot(this, host.getScene(), "dates-prompt");
        assertThat(english.getEditor().getPromptText()).isEqualTo("dd.mm.yyyy");
        assertThat(latvian.getEditor().getPromptText()).isEqualTo("dd.mm.gggg");
    }
}
