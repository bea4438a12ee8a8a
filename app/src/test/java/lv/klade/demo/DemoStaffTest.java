package lv.klade.demo;

import lv.klade.people.Gender;
import lv.klade.people.Role;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class DemoStaffTest {
    private static final DemoPlan PLAN = DemoPlanner.plan(600, 42);

    @Test
    void everyDemoLoginExists() {
        assertThat(PLAN.staff()).extracting(DemoPlan.Staff::login)
                .contains("admin", "lietvedis", "vietnieks", "audzinataja", "skolotajs", "koncertmeistars");
    }

    @ParameterizedTest
    @ValueSource(ints = {300, 600, 1500})
    void loginsAndEmailsAreUniqueAndAscii(int students) {
        DemoPlan plan = DemoPlanner.plan(students, 3);

        assertThat(plan.staff()).extracting(DemoPlan.Staff::login).doesNotHaveDuplicates().allMatch(l -> l.matches("[a-z0-9]+"));
        assertThat(plan.staff()).extracting(DemoPlan.Staff::email).doesNotHaveDuplicates()
                .allMatch(e -> e.matches("[a-z]+\\.[a-z]+\\d*@[a-z.]+"));
    }

    @Test
    void emailsSpellTheNameWithoutDiacritics() {
        assertThat(Ascii.of("Kļaviņš Ģirts Ābele Čakste Šmite Žanis Ķēniņa Ūdris Ēvalds Īvāns"))
                .isEqualTo("Klavins Girts Abele Cakste Smite Zanis Kenina Udris Evalds Ivans");
    }

    @Test
    void everyRoleIsHeldBySomeone() {
        assertThat(PLAN.staff()).flatMap(DemoPlan.Staff::roles).contains(Role.values());
    }

    @Test
    void thereIsExactlyOneAdministratorAndOneRegistrar() {
        assertThat(holders(Role.ADMINISTRATOR)).singleElement().extracting(DemoPlan.Staff::login).isEqualTo("admin");
        assertThat(holders(Role.REGISTRAR)).singleElement().extracting(DemoPlan.Staff::login).isEqualTo("lietvedis");
        assertThat(holders(Role.DEPUTY_DIRECTOR)).hasSizeBetween(1, 2);
        assertThat(holders(Role.ACCOMPANIST)).hasSizeBetween(1, 2);
    }

    @Test
    void theTutorLoginTutors7aAndTeaches() {
        DemoPlan.Staff tutor = byLogin("audzinataja");
        DemoPlan.SchoolClass sevenA = PLAN.classes().stream().filter(c -> c.name().equals("7.a")).findFirst().orElseThrow();

        assertThat(PLAN.staff().get(sevenA.tutor())).isEqualTo(tutor);
        assertThat(tutor.roles()).contains(Role.CLASS_TUTOR, Role.SUBJECT_TEACHER);
        assertThat(tutor.gender()).isEqualTo(Gender.F);
        assertThat(tutor.subjects()).isNotEmpty();
    }

    @Test
    void theTeacherLoginTeachesButTutorsNoClass() {
        DemoPlan.Staff teacher = byLogin("skolotajs");

        assertThat(teacher.roles()).containsExactly(Role.SUBJECT_TEACHER);
        assertThat(PLAN.classes()).noneMatch(c -> PLAN.staff().get(c.tutor()).equals(teacher));
    }

    @Test
    void everyClassHasItsOwnTutor() {
        assertThat(PLAN.classes()).allSatisfy(c ->
                assertThat(PLAN.staff().get(c.tutor()).roles()).contains(Role.CLASS_TUTOR));
        assertThat(PLAN.classes()).extracting(DemoPlan.SchoolClass::tutor).doesNotHaveDuplicates();
        assertThat(holders(Role.CLASS_TUTOR)).hasSameSizeAs(PLAN.classes());
    }

    @Test
    void mostTutorsTeachTheirOwnClass() {
        long teaching = PLAN.classes().stream().filter(c -> PLAN.journals().stream()
                .anyMatch(j -> !j.name().endsWith("Klases stunda") && j.teachers().contains(c.tutor())
                        && j.name().startsWith(c.name() + " "))).count();

        assertThat(teaching).isGreaterThanOrEqualTo(PLAN.classes().size() * 3L / 4);
    }

    @Test
    void subjectTeachersTeachOneToThreeSubjectsAcrossSeveralJournals() {
        Map<Integer, Long> journalsPerStaff = PLAN.journals().stream().flatMap(j -> j.teachers().stream())
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));

        for (int i = 0; i < PLAN.staff().size(); i++) {
            DemoPlan.Staff staff = PLAN.staff().get(i);
            if (staff.roles().contains(Role.SUBJECT_TEACHER)) {
                assertThat(staff.subjects()).as(staff.login()).hasSizeBetween(1, 3);
                assertThat(journalsPerStaff.getOrDefault(i, 0L)).as(staff.login()).isGreaterThanOrEqualTo(2);
            } else {
                assertThat(staff.subjects()).as(staff.login()).isEmpty();
            }
        }
    }

    @Test
    void teachersAreGrownUps() {
        assertThat(PLAN.staff()).allSatisfy(s -> assertThat(s.birthDate().getYear()).isBetween(1960, 2002));
    }

    private static List<DemoPlan.Staff> holders(Role role) {
        return PLAN.staff().stream().filter(s -> s.roles().contains(role)).toList();
    }

    private static DemoPlan.Staff byLogin(String login) {
        return PLAN.staff().stream().filter(s -> s.login().equals(login)).findFirst().orElseThrow();
    }
}
