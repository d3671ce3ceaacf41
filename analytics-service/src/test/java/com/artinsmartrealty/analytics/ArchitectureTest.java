package com.artinsmartrealty.analytics;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** What events mean for the read models, and the MRR and KPI arithmetic, stay pure. */
class ArchitectureTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.artinsmartrealty.analytics");

    @Test
    void theProjectionAndTheArithmeticImportNoFrameworkAndNoIo() {
        noClasses().that().haveSimpleNameStartingWith("Projection")
                .or().haveSimpleNameStartingWith("ReadModelChange")
                .or().haveSimpleNameStartingWith("Milestone")
                .or().haveSimpleNameStartingWith("MrrTimeline")
                .or().haveSimpleNameStartingWith("TenantKpis")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "reactor..",
                        "io.r2dbc..", "org.apache.kafka..", "java.net..", "java.io..", "java.nio.file..")
                .check(classes);
    }
}
