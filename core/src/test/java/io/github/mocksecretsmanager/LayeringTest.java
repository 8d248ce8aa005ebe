package io.github.mocksecretsmanager;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Core's layers, each depending only on those below it: model (public snapshots) ← internal.engine
 * ← internal.protocol ← the server API in the root package; the api module's vocabulary (journal,
 * faults, rotation) serves protocol and the server API. Fails, naming the offending class and
 * dependency, when one points the wrong way.
 */
class LayeringTest {

    static final String SERVER = "io.github.mocksecretsmanager";
    static final String MODEL = "io.github.mocksecretsmanager.model..";
    static final String ENGINE = "io.github.mocksecretsmanager.internal.engine..";
    static final String PROTOCOL = "io.github.mocksecretsmanager.internal.protocol..";
    /** The vocabulary of the dependency-free api module: the request journal, fault rules, the clock, rotation. */
    static final String JOURNAL = "io.github.mocksecretsmanager.journal..";

    static final String FAULTS = "io.github.mocksecretsmanager.faults..";

    static final String ROTATION = "io.github.mocksecretsmanager.rotation..";

    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(SERVER);

    @Test
    void layersDependOnlyOnTheLayersBelow() {
        layeredArchitecture()
                .consideringOnlyDependenciesInLayers()
                .layer("Server API")
                .definedBy(SERVER)
                .layer("Protocol")
                .definedBy(PROTOCOL)
                .layer("Engine")
                .definedBy(ENGINE)
                .layer("Model")
                .definedBy(MODEL)
                .layer("API vocabulary")
                .definedBy(JOURNAL, FAULTS, ROTATION)
                .whereLayer("Server API")
                .mayNotBeAccessedByAnyLayer()
                .whereLayer("Protocol")
                .mayOnlyBeAccessedByLayers("Server API")
                .whereLayer("Engine")
                .mayOnlyBeAccessedByLayers("Protocol", "Server API")
                .whereLayer("Model")
                .mayOnlyBeAccessedByLayers("Engine", "Protocol", "Server API")
                .whereLayer("API vocabulary")
                .mayOnlyBeAccessedByLayers("Protocol", "Server API")
                .check(CORE);
    }

    @Test
    void everyClassBelongsToALayer() {
        classes()
                .should()
                .resideInAnyPackage(SERVER, MODEL, ENGINE, PROTOCOL, JOURNAL, FAULTS, ROTATION)
                .because("a new package needs its place in the layers (and in docs/api.md)")
                .check(CORE);
    }

    @Test
    void packagesHaveNoCycles() {
        slices().matching("io.github.(**)").should().beFreeOfCycles().check(CORE);
    }
}
