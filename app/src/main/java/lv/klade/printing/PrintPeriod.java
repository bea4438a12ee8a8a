package lv.klade.printing;

import java.time.YearMonth;
import java.util.List;
import lv.klade.i18n.UserError;
import lv.klade.school.DateRange;
import lv.klade.school.SchoolYear;

/** The period a document covers: a month, a semester (1 or 2) or the school year. */
public sealed interface PrintPeriod {

    /** The days of the period in a year with these semesters. */
    DateRange days(SchoolYear year, List<lv.klade.school.Semester> semesters);

    /** A calendar month. */
    record Month(YearMonth month) implements PrintPeriod {
        @Override
        public DateRange days(SchoolYear year, List<lv.klade.school.Semester> semesters) {
            return new DateRange(month.atDay(1), month.atEndOfMonth());
        }
    }

    /** The first or second semester. */
    record Semester(int number) implements PrintPeriod {
        public Semester {
            if (number != 1 && number != 2) {
                throw UserError.of("printing.badSemester", String.valueOf(number));
            }
        }

        @Override
        public DateRange days(SchoolYear year, List<lv.klade.school.Semester> semesters) {
            return semesters.stream().filter(s -> s.number() == number).findFirst()
                    .map(lv.klade.school.Semester::range)
                    .orElseThrow(() -> UserError.of("printing.noSemester", String.valueOf(number)));
        }
    }

    /** The whole school year. */
    record Year() implements PrintPeriod {
        @Override
        public DateRange days(SchoolYear year, List<lv.klade.school.Semester> semesters) {
            return year.range();
        }
    }
}
