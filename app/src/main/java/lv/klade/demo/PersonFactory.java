package lv.klade.demo;

import lv.klade.people.Gender;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.random.RandomGenerator;

/** Makes plausible Latvian people: names, birth dates with unique serials, phones, addresses, guardians. */
final class PersonFactory {
    private static final int ID_DOCUMENT_AGE = 15;
    private static final String ADMISSION_CASE = "1-12/";

    private final DemoData data;
    private final RandomGenerator random;
    private final int schoolYearStart;
    // Only asked whether it contains a key, never iterated, so its hash order cannot leak into the plan.
    private final Set<Long> usedSerials = new HashSet<>();

    PersonFactory(DemoData data, RandomGenerator random, int schoolYearStart) {
        this.data = data;
        this.random = random;
        this.schoolYearStart = schoolYearStart;
    }

    Gender gender() {
        return random.nextBoolean() ? Gender.M : Gender.F;
    }

    Gender gender(int percentFemale) {
        return random.nextInt(100) < percentFemale ? Gender.F : Gender.M;
    }

    String firstName(Gender gender) {
        return pick(gender == Gender.M ? data.boys() : data.girls());
    }

    DemoData.Surname surname() {
        return pick(data.surnames());
    }

    LocalDate birthDate(int year) {
        LocalDate first = LocalDate.of(year, 1, 1);
        return first.plusDays(random.nextInt(first.lengthOfYear()));
    }

    /** Staff were born between 1962 and 1999. */
    LocalDate adultBirthDate() {
        return birthDate(1962 + random.nextInt(38));
    }

    /** A serial 0–999 that no one else born on {@code birthDate} has. */
    int serial(LocalDate birthDate) {
        while (true) {
            int serial = random.nextInt(1000);
            if (usedSerials.add(birthDate.toEpochDay() * 1000 + serial)) {
                return serial;
            }
        }
    }

    String mobile() {
        return "+371 2" + digits(7);
    }

    DemoPlan.Address address() {
        DemoData.Town town = town();
        int house = 1 + random.nextInt(120);
        String street = pick(data.streets()) + " " + house
                + (random.nextInt(10) < 7 ? "-" + (1 + random.nextInt(60)) : "");
        int code = town.firstCode() + random.nextInt(town.lastCode() - town.firstCode() + 1);
        return new DemoPlan.Address(street, town.name(), "LV-" + code);
    }

    /** A student of {@code form} in {@code schoolClass}, with one or two guardians. */
    DemoPlan.Student student(int schoolClass, int form) {
        Gender gender = gender();
        DemoData.Surname family = surname();
        LocalDate birthDate = birthDate(birthYear(form));
        DemoPlan.Address declared = address();
        DemoPlan.Address actual = random.nextInt(100) < 85 ? declared : address();
        return new DemoPlan.Student(firstName(gender), family.forGender(gender), gender, birthDate,
                serial(birthDate), mobile(), actual, declared, idDocument(birthDate), schoolClass,
                admission(form), guardians(family));
    }

    /** Form 1 of 2026/27 was born in 2019; a few are a year older or younger than their form. */
    private int birthYear(int form) {
        int year = schoolYearStart - 6 - form;
        int roll = random.nextInt(100);
        return roll < 5 ? year - 1 : roll < 7 ? year + 1 : year;
    }

    private Optional<String> idDocument(LocalDate birthDate) {
        LocalDate firstSeptember = LocalDate.of(schoolYearStart, 9, 1);
        if (birthDate.plusYears(ID_DOCUMENT_AGE).isAfter(firstSeptember)) {
            return Optional.empty();
        }
        return Optional.of((random.nextInt(3) == 0 ? "PC" : "PA") + digits(7));
    }

    /**
     * Most students came in with their year's intake (form 1, or form 10 for secondary school),
     * listed in one order; some transferred in later, each by an order of their own.
     */
    private DemoPlan.Admission admission(int form) {
        int intakeYear = schoolYearStart - (form >= 10 ? form - 10 : form - 1);
        if (random.nextInt(100) < 85) {
            LocalDate date = weekdayOnOrBefore(LocalDate.of(intakeYear, 8, 20 + intakeYear % 7));
            return new DemoPlan.Admission(ADMISSION_CASE + (20 + intakeYear % 17), date);
        }
        int year = intakeYear + random.nextInt(schoolYearStart - intakeYear + 1);
        LocalDate date = weekdayOnOrBefore(LocalDate.of(year, 1 + random.nextInt(8), 1 + random.nextInt(28)));
        return new DemoPlan.Admission(ADMISSION_CASE + (40 + random.nextInt(160)), date);
    }

    private List<DemoPlan.Guardian> guardians(DemoData.Surname family) {
        List<DemoPlan.Guardian> guardians = new ArrayList<>(2);
        int roll = random.nextInt(100);
        if (roll < 4) {
            guardians.add(guardian(surname(), Gender.F, GuardianRelation.GUARDIAN));
            return guardians;
        }
        if (roll < 90) {
            DemoData.Surname mothers = random.nextInt(100) < 88 ? family : surname();
            guardians.add(guardian(mothers, Gender.F, GuardianRelation.MOTHER));
        }
        if (roll >= 18) {
            guardians.add(guardian(family, Gender.M, GuardianRelation.FATHER));
        }
        return guardians;
    }

    private DemoPlan.Guardian guardian(DemoData.Surname surname, Gender gender, GuardianRelation relation) {
        String first = firstName(gender);
        String last = surname.forGender(gender);
        String email = Ascii.of(first + "." + last).toLowerCase() + (random.nextBoolean() ? "@inbox.lv" : "@gmail.com");
        return new DemoPlan.Guardian(first, last, gender, relation, mobile(), email);
    }

    private DemoData.Town town() {
        int total = data.towns().stream().mapToInt(DemoData.Town::weight).sum();
        int roll = random.nextInt(total);
        for (DemoData.Town town : data.towns()) {
            roll -= town.weight();
            if (roll < 0) {
                return town;
            }
        }
        throw new IllegalStateException("town weights do not add up");
    }

    private static LocalDate weekdayOnOrBefore(LocalDate date) {
        LocalDate day = date;
        while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            day = day.minusDays(1);
        }
        return day;
    }

    private String digits(int count) {
        StringBuilder digits = new StringBuilder(count);
        for (int i = 0; i < count; i++) {
            digits.append(random.nextInt(10));
        }
        return digits.toString();
    }

    <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }
}
