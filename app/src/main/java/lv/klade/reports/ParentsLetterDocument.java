package lv.klade.reports;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import lv.klade.i18n.Messages;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfWriter;

/**
 * A letter from the class tutor to the class's parents, who do not use Klade: the school, the class,
 * the date, the text and the tutor's signature line, on one page for the class or one page for each
 * family (addressed by the student's name). A4, in the embedded font, so Latvian letters print.
 */
public final class ParentsLetterDocument {

    /** What the letter says; {@code families} are the students' names, one page each when printed per family. */
    public record Letter(String school, String className, LocalDate date, String tutor, String subject, String body,
                         List<String> families) {
        public Letter {
            families = List.copyOf(families);
        }
    }

    /** The letter as PDF bytes: one page for the class, or one for each family when {@code perFamily}. */
    public byte[] render(Letter letter, boolean perFamily, Messages text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(16 * 1024);
        Document document = new Document(PageSize.A4, 64, 64, 56, 56);
        PdfWriter.getInstance(document, out);
        document.addTitle(text.get("letter.title"));
        document.open();
        List<String> pages = perFamily ? letter.families() : List.of();
        if (pages.isEmpty()) {
            page(document, letter, text.get("letter.greetingClass", letter.className()), text);
        } else {
            for (int i = 0; i < pages.size(); i++) {
                if (i > 0) {
                    document.newPage();
                }
                page(document, letter, text.get("letter.greeting", pages.get(i)), text);
            }
        }
        document.close();
        return out.toByteArray();
    }

    private static void page(Document document, Letter letter, String greeting, Messages text) {
        Paragraph school = new Paragraph(letter.school(), Fonts.TITLE);
        school.setAlignment(Element.ALIGN_CENTER);
        document.add(school);
        Paragraph facts = new Paragraph(text.get("letter.class", letter.className()) + "    "
                + text.get("letter.date", letter.date()), Fonts.BODY);
        facts.setAlignment(Element.ALIGN_CENTER);
        facts.setSpacingAfter(24);
        document.add(facts);
        Paragraph subject = new Paragraph(letter.subject(), Fonts.SUBTITLE);
        subject.setSpacingAfter(12);
        document.add(subject);
        Paragraph hello = new Paragraph(greeting, Fonts.BODY);
        hello.setSpacingAfter(8);
        document.add(hello);
        for (String paragraph : letter.body().split("\\R")) {
            Paragraph p = new Paragraph(paragraph, Fonts.BODY);
            p.setSpacingAfter(6);
            p.setLeading(14);
            document.add(p);
        }
        Paragraph tutor = new Paragraph(text.get("letter.tutor", letter.tutor()), Fonts.BODY);
        tutor.setSpacingBefore(36);
        document.add(tutor);
        Paragraph signature = new Paragraph(text.get("letter.signature"), Fonts.BODY);
        signature.setSpacingBefore(18);
        document.add(signature);
    }
}
