package org.hazardledger.ui;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The UI's own rules, each with its reason. */
class UiArchitectureTest {

    private static JavaClasses ui;

    @BeforeAll
    static void load() {
        ui = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.hazardledger.ui");
    }

    @Test
    void viewModelsDoNotTouchTheSceneGraphSoTheyAreTestedWithoutAWindow() {
        noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .should().dependOnClassesThat().resideInAPackage("javafx.scene..")
                .because("ViewModels are unit-tested without a screen (MVVM)")
                .check(ui);
    }

    @Test
    void theUiReachesTheLedgerOnlyThroughServices() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.hazardledger.store..",
                        "org.hazardledger.app..", "org.jooq..", "java.sql..")
                .because("the window asks a service; only the store talks to the database")
                .check(ui);
    }

    @Test
    void nothingInTheUiPrintsToTheConsole() {
        noClasses().should().accessField(System.class, "out")
                .because("the log, not the console, is where a clerk's support person looks")
                .check(ui);
    }
}
