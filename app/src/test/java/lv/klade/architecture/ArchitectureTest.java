package lv.klade.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** Klade's layering rules (DESIGN.md, "Architecture"), each with the reason it exists. */
@AnalyzeClasses(packages = "lv.klade", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule onlyViewsAndTheShellUseJavaFx = noClasses()
            .that().resideOutsideOfPackages("..ui..", "lv.klade.shell..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "atlantafx..")
            .because("the rules, services and CLI must run headless and be testable without a display");

    @ArchTest
    static final ArchRule onlyRepositoriesAndDbUseJooq = noClasses()
            .that().resideOutsideOfPackage("lv.klade.db..")
            .and().haveSimpleNameNotEndingWith("Repository")
            .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", "lv.klade.db.generated..")
            .because("SQL stays in repositories, which return domain records; services keep the rules");

    @ArchTest
    static final ArchRule viewModelsNeverTouchNodesOrStages = noClasses()
            .that().haveSimpleNameEndingWith("ViewModel")
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..")
            .because("a view-model holds state and talks to services; only its view builds and shows nodes");

    @ArchTest
    static final ArchRule featurePackagesHaveNoCycles = slices().matching("lv.klade.(*)..")
            .should().beFreeOfCycles()
            .because("features build on each other in one direction (DESIGN.md), so each can be understood alone");
}
