package lv.klade.reports;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import lv.klade.i18n.Messages;

/** Dates, months and counts as the documents print them. */
final class Formats {
    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("dd.MM.");

    private Formats() {
    }

    /** "2025. gada oktobris" / "October 2025"; the year as text so it is never grouped "2 025". */
    static String month(YearMonth month, Messages messages) {
        String name = messages.get("reports.monthName." + month.getMonthValue());
        return messages.get("reports.month", String.valueOf(month.getYear()), name);
    }

    /** "01.09.2025 – 31.10.2025". */
    static String period(LocalDate from, LocalDate to, Messages messages) {
        return messages.get("reports.period", Messages.date(from), Messages.date(to));
    }

    /** "03.10." — a day within a month already named on the page. */
    static String dayMonth(LocalDate date) {
        return DAY_MONTH.format(date);
    }

    /** "attaisnotas 4, neattaisnotas 2, kopā 6"; counts as plain digits. */
    static String absences(Absences absences, Messages messages) {
        return messages.get("reports.absences.line", String.valueOf(absences.justified()),
                String.valueOf(absences.unjustified()), String.valueOf(absences.total()));
    }

    static String count(int count) {
        return String.valueOf(count);
    }

    /** The base of a per-student file name: class, surname, given name and the document's word. */
    static String studentFile(StudentDocumentData data, String word) {
        return String.join("_", data.heading().className(), data.student().surname(),
                data.student().givenName(), word);
    }
}
