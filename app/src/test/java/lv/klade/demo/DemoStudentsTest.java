package lv.klade.demo;

import lv.klade.people.Gender;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class DemoStudentsTest {
    private static final DemoPlan PLAN = DemoPlanner.plan(600, 42);
    private static final List<DemoData.Surname> SURNAMES = DemoData.get().surnames();

    @Test
    void dataHasEnoughNamesToChooseFrom() {
        DemoData data = DemoData.get();

        assertThat(data.boys()).hasSizeGreaterThanOrEqualTo(60).doesNotHaveDuplicates();
        assertThat(data.girls()).hasSizeGreaterThanOrEqualTo(60).doesNotHaveDuplicates();
        assertThat(data.surnames()).hasSizeGreaterThanOrEqualTo(40).doesNotHaveDuplicates();
    }

    @Test
    void namesAreLatvianWithDiacritics() {
        assertThat(PLAN.students()).anyMatch(s -> s.fullName().matches(".*[āčēģīķļņšūžĀČĒĢĪĶĻŅŠŪŽ].*"));
        assertThat(PLAN.staff()).anyMatch(s -> s.fullName().matches(".*[āčēģīķļņšūžĀČĒĢĪĶĻŅŠŪŽ].*"));
    }

    @Test
    void surnamesAgreeWithGender() {
        Stream<String[]> people = Stream.concat(
                PLAN.students().stream().map(s -> new String[] {s.lastName(), s.gender().name()}),
                PLAN.students().stream().flatMap(s -> s.guardians().stream())
                        .map(g -> new String[] {g.lastName(), g.gender().name()}));

        assertThat(people).allSatisfy(p -> assertThat(surnameForms(Gender.valueOf(p[1]))).contains(p[0]));
        assertThat(PLAN.students()).anyMatch(s -> s.lastName().endsWith("š")).anyMatch(s -> s.lastName().endsWith("ņa"));
    }

    @Test
    void boysHaveBoysNamesAndGirlsGirlsNames() {
        assertThat(PLAN.students()).allSatisfy(s -> assertThat(
                s.gender() == Gender.M ? DemoData.get().boys() : DemoData.get().girls()).contains(s.firstName()));
    }

    @Test
    void birthYearsFitTheForm() {
        assertThat(PLAN.students()).allSatisfy(s -> {
            int usual = 2020 - PLAN.classes().get(s.schoolClass()).form();
            assertThat(s.birthDate().getYear()).isBetween(usual - 1, usual + 1);
        });
        assertThat(PLAN.students()).filteredOn(s -> PLAN.classes().get(s.schoolClass()).form() == 1)
                .extracting(s -> s.birthDate().getYear()).contains(2019);
        assertThat(PLAN.students()).filteredOn(s -> PLAN.classes().get(s.schoolClass()).form() == 12)
                .extracting(s -> s.birthDate().getYear()).contains(2008);
    }

    @Test
    void serialsAreUniquePerBirthDate() {
        Set<String> codes = new HashSet<>();
        PLAN.students().forEach(s -> codes.add(s.birthDate() + "/" + s.serial()));
        PLAN.staff().forEach(s -> codes.add(s.birthDate() + "/" + s.serial()));

        assertThat(codes).hasSize(PLAN.students().size() + PLAN.staff().size());
        assertThat(PLAN.students()).allSatisfy(s -> assertThat(s.serial()).isBetween(0, 999));
    }

    @Test
    void onlyStudentsAgedFifteenHaveAnIdDocument() {
        LocalDate fifteenthBirthdayBy = LocalDate.of(2026, 9, 1).minusYears(15);

        assertThat(PLAN.students()).allSatisfy(s -> assertThat(s.idDocument().isPresent())
                .isEqualTo(!s.birthDate().isAfter(fifteenthBirthdayBy)));
        assertThat(PLAN.students()).flatMap(s -> s.idDocument().stream().toList()).allMatch(d -> d.matches("P[AC]\\d{7}"));
    }

    @Test
    void phonesAreLatvianMobiles() {
        assertThat(PLAN.students()).allSatisfy(s -> assertThat(s.phone()).matches("\\+371 2\\d{7}"));
        assertThat(PLAN.staff()).allSatisfy(s -> assertThat(s.phone()).matches("\\+371 2\\d{7}"));
    }

    @Test
    void addressesHaveStreetTownAndPostalCode() {
        assertThat(PLAN.students()).allSatisfy(s -> {
            assertThat(s.declaredAddress().line()).matches(".+ \\d+(-\\d+)?, .+, LV-\\d{4}");
            assertThat(s.actualAddress().postalCode()).matches("LV-\\d{4}");
        });
        assertThat(PLAN.students()).anyMatch(s -> !s.actualAddress().equals(s.declaredAddress()));
    }

    @Test
    void everyStudentWasAdmittedByAnEarlierOrder() {
        assertThat(PLAN.students()).allSatisfy(s -> {
            assertThat(s.admission().orderNumber()).matches("1-12/\\d+");
            assertThat(s.admission().date()).isBefore(LocalDate.of(2026, 9, 1)).isAfter(s.birthDate());
        });
    }

    @Test
    void everyStudentHasOneOrTwoGuardiansWithPhones() {
        assertThat(PLAN.students()).allSatisfy(s -> assertThat(s.guardians()).hasSizeBetween(1, 2)
                .allSatisfy(g -> assertThat(g.phone()).matches("\\+371 2\\d{7}")));
        assertThat(PLAN.students()).flatMap(DemoPlan.Student::guardians).extracting(DemoPlan.Guardian::relation)
                .contains(GuardianRelation.values());
    }

    @Test
    void mothersAreWomenAndFathersMen() {
        assertThat(PLAN.students()).flatMap(DemoPlan.Student::guardians).allSatisfy(g -> {
            if (g.relation() == GuardianRelation.MOTHER) {
                assertThat(g.gender()).isEqualTo(Gender.F);
            } else if (g.relation() == GuardianRelation.FATHER) {
                assertThat(g.gender()).isEqualTo(Gender.M);
            }
        });
    }

    private static List<String> surnameForms(Gender gender) {
        return SURNAMES.stream().map(s -> s.forGender(gender)).toList();
    }
}
