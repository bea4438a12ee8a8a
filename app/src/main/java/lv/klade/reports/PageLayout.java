package lv.klade.reports;

import org.openpdf.text.PageSize;
import org.openpdf.text.Rectangle;

/** The paper a document prints on: A4, upright or on its side. */
enum PageLayout {
    PORTRAIT(PageSize.A4),
    // A landscape media box rather than A4.rotate(): rotate() makes portrait pages that viewers
    // turn by /Rotate, and text readers then see the page on its side.
    LANDSCAPE(new Rectangle(PageSize.A4.getHeight(), PageSize.A4.getWidth()));

    private final Rectangle size;

    PageLayout(Rectangle size) {
        this.size = size;
    }

    Rectangle size() {
        return size;
    }
}
