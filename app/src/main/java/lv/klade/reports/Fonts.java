package lv.klade.reports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.openpdf.text.Font;
import org.openpdf.text.pdf.BaseFont;

/**
 * The fonts every document prints in: DejaVu Sans shipped in the program, embedded as Identity-H
 * so ā č ē ģ ī ķ ļ ņ š ū ž show in every viewer. The font files are read and parsed once and
 * shared: reading the TTF again for every document made a batch five times slower. Sharing is
 * safe because OpenPDF records the glyphs a document used in that document's writer, not in the
 * font.
 */
final class Fonts {
    static final Font TITLE = new Font(Holder.BOLD, 15);
    static final Font SUBTITLE = new Font(Holder.BOLD, 11);
    static final Font BODY = new Font(Holder.REGULAR, 10);
    static final Font BODY_BOLD = new Font(Holder.BOLD, 10);
    static final Font SMALL = new Font(Holder.REGULAR, 8);
    static final Font SMALL_BOLD = new Font(Holder.BOLD, 8);
    static final Font TINY = new Font(Holder.REGULAR, 7);
    static final Font TINY_BOLD = new Font(Holder.BOLD, 7);

    private Fonts() {
    }

    static BaseFont regular() {
        return Holder.REGULAR;
    }

    static BaseFont bold() {
        return Holder.BOLD;
    }

    /** Loaded on first use, by the class loader's lock: once per program run. */
    private static final class Holder {
        static final BaseFont REGULAR = load("DejaVuSans.ttf");
        static final BaseFont BOLD = load("DejaVuSans-Bold.ttf");

        private static BaseFont load(String file) {
            try (InputStream in = Fonts.class.getResourceAsStream("fonts/" + file)) {
                if (in == null) {
                    throw new IllegalStateException("the font " + file + " is missing from the program");
                }
                byte[] bytes = in.readAllBytes();
                return BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, bytes, null);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the font " + file, e);
            }
        }
    }
}
