package org.yichuang.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layering of docs/architecture.md, as rules that fail the build. */
class ArchitectureTest {
    private static final String[] LIBRARIES = {"javafx..", "okhttp3..", "okio..", "com.fasterxml..", "org.apache.pdfbox..",
        "org.apache.fontbox..", "javax.smartcardio..", "java.sql..", "com.sun.net..", "com.google.zxing..",
        "org.controlsfx..", "net.sourceforge.pinyin4j..", "java.awt..", "javax.print.."};
    private static JavaClasses classes;

    @BeforeAll
    static void load() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.yichuang");
    }

    @Test
    void theDomainUsesNoLibrary() {
        noClasses().that().resideInAPackage("org.yichuang.domain..").should().dependOnClassesThat().resideInAnyPackage(LIBRARIES)
                .because("the domain is plain records and rules, testable and portable").check(classes);
    }

    @Test
    void useCasesUseNoLibrary() {
        noClasses().that().resideInAPackage("org.yichuang.usecase..").should().dependOnClassesThat().resideInAnyPackage(LIBRARIES)
                .because("use cases reach devices, the platform and documents through ports only").check(classes);
    }

    @Test
    void innerLayersDoNotKnowOuterOnes() {
        noClasses().that().resideInAnyPackage("org.yichuang.domain..", "org.yichuang.usecase..")
                .should().dependOnClassesThat().resideInAnyPackage("org.yichuang.ui..", "org.yichuang.app..",
                        "org.yichuang.platform..", "org.yichuang.device..", "org.yichuang.documents..", "org.yichuang.store..")
                .because("dependencies point inwards: adapters and UI depend on the core, never the reverse").check(classes);
    }

    @Test
    void theUiReachesAdaptersOnlyThroughPorts() {
        noClasses().that().resideInAPackage("org.yichuang.ui..").should().dependOnClassesThat()
                .resideInAnyPackage("org.yichuang.platform..", "org.yichuang.device..", "org.yichuang.documents..", "org.yichuang.store..")
                .because("the composition root picks the adapters; screens see ports").check(classes);
    }

    @Test
    void viewModelsDoNotTouchTheScene() {
        classes().that().haveSimpleNameEndingWith("ViewModel").should().onlyDependOnClassesThat()
                .resideOutsideOfPackages("javafx.scene..", "javafx.stage..")
                .because("view models hold state and commands and are tested without a window").check(classes);
    }

    @Test
    void adaptersDoNotDependOnEachOther() {
        noClasses().that().resideInAnyPackage("org.yichuang.device..", "org.yichuang.documents..", "org.yichuang.platform..")
                .should().dependOnClassesThat().resideInAnyPackage("org.yichuang.ui..", "org.yichuang.app..")
                .because("adapters are wired by the composition root, not by each other").check(classes);
        noClasses().that().resideInAPackage("org.yichuang.platform.client..").should().dependOnClassesThat()
                .resideInAPackage("org.yichuang.platform.embedded..")
                .because("the client must work against the province's platform exactly as against the embedded one").check(classes);
    }
}
