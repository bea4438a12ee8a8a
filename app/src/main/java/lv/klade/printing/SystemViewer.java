package lv.klade.printing;

import java.awt.Desktop;
import java.io.IOException;
import java.nio.file.Path;
import lv.klade.i18n.UserError;

/** Opens a file in the program the system uses for it (a PDF viewer), where the system allows it. */
@FunctionalInterface
public interface SystemViewer {

    /** Opens the file, or refuses with a {@link UserError} that says why. Blocks: call it off the FX thread. */
    void open(Path file);

    /** The desktop's viewer through {@link Desktop}; refused where the desktop cannot open files. */
    static SystemViewer desktop() {
        return file -> {
            if (!Desktop.isDesktopSupported() || !Desktop.getDesktop().isSupported(Desktop.Action.OPEN)) {
                throw UserError.of("printing.noViewer");
            }
            try {
                Desktop.getDesktop().open(file.toFile());
            } catch (IOException | UnsupportedOperationException e) {
                throw UserError.of("printing.viewerFailed", String.valueOf(e.getMessage()));
            }
        };
    }
}
