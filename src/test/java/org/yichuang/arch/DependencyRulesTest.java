package org.yichuang.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Rules added with the application core (issue 9): no cycles, independent adapters, one core for both modes. */
class DependencyRulesTest {
    /** Libraries the core must not touch, beyond ArchitectureTest's list: devices, storage, network, crypto, images, CLI. */
    private static final String[] MORE_LIBRARIES = {"com.fazecast..", "java.lang.foreign..", "org.sqlite..", "java.net.http..",
        "javax.crypto..", "javax.imageio..", "picocli..", "com.drew..", "java.util.logging.."};
    private static JavaClasses classes;

    @BeforeAll
    static void load() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.yichuang");
    }

    @Test
    void theCoreUsesNoDeviceStorageNetworkCryptoImageOrCommandLineLibrary() {
        noClasses().that().resideInAnyPackage("org.yichuang.domain..", "org.yichuang.usecase..").should().dependOnClassesThat()
                .resideInAnyPackage(MORE_LIBRARIES)
                .because("the window and the kiosk share a core that runs anywhere, with fakes in its tests").check(classes);
    }

    @Test
    void theKioskNeverUsesTheClerksScreens() {
        noClasses().that().resideInAPackage("org.yichuang.ui.kiosk..").should().dependOnClassesThat()
                .resideInAPackage("org.yichuang.ui.clerk..")
                .because("what both modes need lives in the core or ui.common, never in one mode's screens").check(classes);
        noClasses().that().resideInAPackage("org.yichuang.ui.clerk..").should().dependOnClassesThat()
                .resideInAPackage("org.yichuang.ui.kiosk..").because("the modes are peers").check(classes);
    }

    @Test
    void theLayersAreFreeOfCycles() {
        slices().matching("org.yichuang.(*)..").should().beFreeOfCycles().because("dependencies point one way").check(classes);
    }

    @Test
    void theDomainsPartsAreFreeOfCycles() {
        slices().matching("org.yichuang.domain.(*)..").should().beFreeOfCycles()
                .because("applicant, catalogue and cases can each be read alone").check(classes);
    }

    @Test
    void cardReaderAdaptersAreIndependent() {
        slices().matching("org.yichuang.device.(*).(*)..").should().notDependOnEachOther()
                .because("each device family is an adapter of its own; what two share is a codec of its own").check(classes);
    }

    @Test
    void adaptersAreIndependentOfEachOther() {
        String[] adapters = {"org.yichuang.device..", "org.yichuang.documents..", "org.yichuang.platform..", "org.yichuang.store.."};
        for (String adapter : adapters) {
            String[] others = java.util.Arrays.stream(adapters).filter(a -> !a.equals(adapter)).toArray(String[]::new);
            noClasses().that().resideInAPackage(adapter).should().dependOnClassesThat().resideInAnyPackage(others)
                    .because("each adapter is wired by the composition root; what two share (pdf, sqlite) is a helper "
                            + "package of its own").check(classes);
        }
    }

    @Test
    void sharedHelpersKnowNoAdapter() {
        noClasses().that().resideInAnyPackage("org.yichuang.pdf..", "org.yichuang.sqlite..").should().dependOnClassesThat()
                .resideInAnyPackage("org.yichuang.device..", "org.yichuang.documents..", "org.yichuang.platform..",
                        "org.yichuang.store..", "org.yichuang.ui..", "org.yichuang.app..")
                .because("helpers serve adapters, never the reverse").check(classes);
    }

    @Test
    void theUiReachesPortsOnlyThroughUseCases() {
        noClasses().that().resideInAPackage("org.yichuang.ui..")
                .should().callMethodWhere(com.tngtech.archunit.core.domain.JavaCall.Predicates.target(
                        com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner(
                                com.tngtech.archunit.core.domain.JavaClass.Predicates.INTERFACES.and(
                                        com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage(
                                                "org.yichuang.usecase.port..")))))
                .because("the rules live in use cases both modes share; a screen, its model and its shell only adapt them").check(classes);
    }

    @Test
    void screensAndTheirShellsAreFreeOfCycles() {
        slices().matching("org.yichuang.ui.(**)").should().beFreeOfCycles()
                .because("a shell knows its screens; a screen knows only the navigator it is handed").check(classes);
    }
}
