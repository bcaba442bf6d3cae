package org.hazardledger.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;

/** The rules between layers of ARCHITECTURE.md, each with its reason. */
@AnalyzeClasses(packages = "org.hazardledger", importOptions = ImportOption.DoNotIncludeTests.class)
class LayerRulesTest {

    @ArchTest
    static final ArchRule layers = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .withOptionalLayers(true) // exchange and sheet arrive with their issues
            .layer("model").definedBy("org.hazardledger.model..")
            .layer("store").definedBy("org.hazardledger.store..")
            .layer("service").definedBy("org.hazardledger.service..")
            .layer("exchange").definedBy("org.hazardledger.exchange..")
            .layer("report").definedBy("org.hazardledger.report..")
            .layer("sheet").definedBy("org.hazardledger.sheet..")
            .layer("cli").definedBy("org.hazardledger.cli..")
            .layer("ui").definedBy("org.hazardledger.ui..")
            .layer("app").definedBy("org.hazardledger.app..")
            .whereLayer("app").mayNotBeAccessedByAnyLayer()
            .whereLayer("ui").mayOnlyBeAccessedByLayers("app")
            .whereLayer("cli").mayOnlyBeAccessedByLayers("app")
            .whereLayer("exchange").mayOnlyBeAccessedByLayers("cli", "ui", "app")
            .whereLayer("report").mayOnlyBeAccessedByLayers("cli", "ui", "app")
            .whereLayer("sheet").mayOnlyBeAccessedByLayers("cli", "ui", "app")
            .whereLayer("service").mayOnlyBeAccessedByLayers("exchange", "report", "sheet", "cli", "ui", "app")
            .whereLayer("store").mayOnlyBeAccessedByLayers("service", "app")
            .because("data flows one way: window → service → store → database, and nothing reaches back up");

    @ArchTest
    static final ArchRule onlyTheStoreTalksSql = noClasses()
            .that().resideOutsideOfPackage("org.hazardledger.store..")
            .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", "java.sql..", "javax.sql..",
                    "org.h2..", "org.flywaydb..")
            .because("SQL in one place keeps the database swappable (H2, PostgreSQL) and off the FX thread");

    @ArchTest
    static final ArchRule modelIsPlainJava = noClasses()
            .that().resideInAPackage("org.hazardledger.model..")
            .should().dependOnClassesThat().resideOutsideOfPackages("java..", "org.hazardledger.model..")
            .because("the domain rules must be testable and reusable without any framework");

    @ArchTest
    static final ArchRule noPackageCycles = slices().matching("org.hazardledger.(*)..").should().beFreeOfCycles()
            .because("cycles make layers meaningless");

    @ArchTest
    static final ArchRule onlyTheCommandLinePrints = noClasses()
            .that().resideOutsideOfPackage("org.hazardledger.cli..")
            .should(GeneralCodingRules.ACCESS_STANDARD_STREAMS)
            .because("the workbench logs through SLF4J to the data folder; only the CLI writes to the console");

    @ArchTest
    static final ArchRule noStaticMutableState = fields()
            .that().areStatic().and().areDeclaredInClassesThat().resideOutsideOfPackage("org.hazardledger.store.jooq..")
            .should().beFinal()
            .because("static mutable singletons leak state between tests and windows; wire through the composition root");

    @ArchTest
    static final ArchRule viewModelsHaveNoScene = noClasses()
            .that().haveSimpleNameEndingWith("ViewModel")
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..")
            .because("ViewModels are unit-tested without a screen (MVVM)")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule noJavaFxBelowTheUi = noClasses()
            .that().resideInAnyPackage("org.hazardledger.model..", "org.hazardledger.store..",
                    "org.hazardledger.service..", "org.hazardledger.report..", "org.hazardledger.exchange..",
                    "org.hazardledger.sheet..", "org.hazardledger.cli..")
            .should().dependOnClassesThat().resideInAPackage("javafx..")
            .because("reports, services and the CLI must run headless, without a display");
}
