package io.github.mocksecretsmanager.spring;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** An adapter uses core's public API only: the internal packages may change in any release. */
class PublicApiOnlyTest {

    @Test
    void nothingDependsOnCoreInternals() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAPackage("io.github.mocksecretsmanager.internal..")
                .because("the Spring module must work through the public API (docs/api.md)")
                .check(new ClassFileImporter()
                        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("io.github.mocksecretsmanager.spring"));
    }
}
