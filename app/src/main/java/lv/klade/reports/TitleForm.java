package lv.klade.reports;

/**
 * Which form of a title fits the person who signs: "Klases audzinātāja" for a woman, "Klases
 * audzinātājs" for a man, and both ("audzinātājs(-a)") when the name does not tell.
 */
public enum TitleForm {
    FEMININE, MASCULINE, NEUTRAL;

    /** The message key of a title in this form, e.g. "reports.signer.classTutor.FEMININE". */
    String key(String titleKey) {
        return titleKey + "." + name();
    }
}
