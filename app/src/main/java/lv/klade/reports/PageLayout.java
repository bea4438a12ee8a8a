package lv.klade.reports;

import org.openpdf.text.PageSize;
import org.openpdf.text.Rectangle;

/** The paper a document prints on: A4, upright or on its side. */
enum PageLayout {
    PORTRAIT(PageSize.A4), LANDSCAPE(PageSize.A4.rotate());

    private final Rectangle size;

    PageLayout(Rectangle size) {
        this.size = size;
    }

    Rectangle size() {
        return size;
    }
}
