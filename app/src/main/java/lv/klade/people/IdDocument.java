package lv.klade.people;

import java.time.LocalDate;

/** The personal identity document: number, issuing authority and date of issue; each may be unknown. */
public record IdDocument(String number, String issuer, LocalDate issued) {
    public static final IdDocument NONE = new IdDocument(null, null, null);
}
