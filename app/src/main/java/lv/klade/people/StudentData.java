package lv.klade.people;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A student's personal data as entered (seed §12): name, personal code, birth date, gender,
 * contacts, addresses, identity document and education programme. The service validates it.
 */
public record StudentData(String firstName, String lastName, String personalCode, LocalDate birthDate,
                          Gender gender, String phone, String actualAddress, String declaredAddress,
                          IdDocument idDocument, UUID programmeId) {

    public StudentData {
        idDocument = idDocument == null ? IdDocument.NONE : idDocument;
    }
}
