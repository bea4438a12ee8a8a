package lv.klade.demo;

import lv.klade.people.Role;
import lv.klade.school.JournalKind;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class DemoTeachingTest {
    private static final DemoPlan PLAN = DemoPlanner.plan(600, 42);

    @Test
    void everyJournalHasATeacherWhoTeachesItsSubject() {
        assertThat(PLAN.journals()).allSatisfy(j -> {
            assertThat(j.teachers()).isNotEmpty();
            DemoPlan.Staff teacher = PLAN.staff().get(j.teachers().getFirst());
            if (!subjectOf(j).equals("Klases stunda")) {
                assertThat(teacher.subjects()).as(j.name()).contains(j.subject());
            }
        });
    }

    @Test
    void classLessonsAreTaughtByTheClassTutor() {
        assertThat(PLAN.journals()).filteredOn(j -> subjectOf(j).equals("Klases stunda")).allSatisfy(j -> {
            int schoolClass = ((DemoPlan.WholeClass) j.audience()).schoolClass();
            assertThat(j.teachers()).containsExactly(PLAN.classes().get(schoolClass).tutor());
        });
    }

    @Test
    void everyClassHasAJournalPerSubjectNamedAfterIt() {
        assertThat(PLAN.journals()).extracting(DemoPlan.Journal::name)
                .contains("1.a Latviešu valoda", "7.a Matemātika", "7.a Vācu valoda", "12.a Matemātika I")
                .doesNotHaveDuplicates();
    }

    @Test
    void upperFormsAreSplitForTheSecondForeignLanguage() {
        List<DemoPlan.Group> sevenA = groupsNamed("7.a Vācu valoda", "7.a Krievu valoda");
        Set<Integer> classMembers = membersOf(index("7.a"));

        assertThat(sevenA).hasSize(2);
        assertThat(sevenA.get(0).students()).doesNotContainAnyElementsOf(sevenA.get(1).students());
        assertThat(sevenA.get(0).students().size() + sevenA.get(1).students().size()).isEqualTo(classMembers.size());
    }

    @Test
    void membersOfAClassGroupBelongToThatClass() {
        assertThat(PLAN.groups()).filteredOn(g -> g.classes().size() == 1).isNotEmpty().allSatisfy(g ->
                assertThat(membersOf(g.classes().getFirst())).as(g.name()).containsAll(g.students()));
    }

    @Test
    void combinedGroupsDrawFromSeveralClassesTheirMembersAttend() {
        List<DemoPlan.Group> combined = PLAN.groups().stream().filter(g -> g.classes().size() > 1).toList();

        assertThat(combined).extracting(DemoPlan.Group::name).contains("Robotika", "Koris");
        assertThat(combined).allSatisfy(g -> assertThat(g.students().stream()
                .map(s -> PLAN.students().get(s).schoolClass()).distinct().sorted().toList()).isEqualTo(g.classes()));
    }

    @Test
    void groupMembersAreDistinctAndAscending() {
        assertThat(PLAN.groups()).allSatisfy(g -> assertThat(g.students()).isNotEmpty().doesNotHaveDuplicates().isSorted());
    }

    @Test
    void everyKindOfJournalIsPlanned() {
        assertThat(PLAN.journals()).extracting(DemoPlan.Journal::kind).contains(JournalKind.values());
    }

    @Test
    void groupJournalsPointAtTheirGroup() {
        assertThat(PLAN.journals()).filteredOn(j -> j.audience() instanceof DemoPlan.InGroup).allSatisfy(j ->
                assertThat(PLAN.groups().get(((DemoPlan.InGroup) j.audience()).group()).name()).isEqualTo(j.name()));
    }

    @Test
    void choirAndEarlyMusicHaveAnAccompanist() {
        Set<Integer> accompanists = IntStream.range(0, PLAN.staff().size())
                .filter(i -> PLAN.staff().get(i).roles().contains(Role.ACCOMPANIST)).boxed().collect(Collectors.toSet());

        assertThat(PLAN.journals()).filteredOn(j -> j.name().equals("Koris") || j.name().equals("1.a Mūzika"))
                .hasSize(2).allSatisfy(j -> assertThat(j.teachers()).hasSize(2).containsAnyElementsOf(accompanists));
    }

    private static String subjectOf(DemoPlan.Journal journal) {
        return PLAN.subjects().get(journal.subject()).name();
    }

    private static int index(String className) {
        return PLAN.classes().stream().map(DemoPlan.SchoolClass::name).toList().indexOf(className);
    }

    private static Set<Integer> membersOf(int schoolClass) {
        return IntStream.range(0, PLAN.students().size())
                .filter(s -> PLAN.students().get(s).schoolClass() == schoolClass).boxed().collect(Collectors.toSet());
    }

    private static List<DemoPlan.Group> groupsNamed(String... names) {
        return PLAN.groups().stream().filter(g -> List.of(names).contains(g.name())).toList();
    }
}
