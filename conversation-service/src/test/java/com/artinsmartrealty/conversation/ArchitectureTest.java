package com.artinsmartrealty.conversation;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The state machine and slot reading stay a pure core: no Spring, no I/O, no other layer of this service. */
class ArchitectureTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.artinsmartrealty.conversation");

    @Test
    void theStateMachineImportsNoFrameworkAndNoIo() {
        noClasses().that().resideInAnyPackage("..conversation.state..", "..conversation.slots..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "reactor..",
                        "io.r2dbc..", "org.apache.kafka..", "java.net..", "java.io..", "java.nio.file..",
                        "java.time.Clock", "java.util.Random", "java.util.concurrent..")
                .check(classes);
    }

    @Test
    void theStateMachineDoesNotReachIntoOuterLayers() {
        noClasses().that().resideInAnyPackage("..conversation.state..", "..conversation.slots..")
                .should().dependOnClassesThat().resideInAnyPackage("..conversation.engine..",
                        "..conversation.persistence..", "..conversation.messaging..", "..conversation.remote..",
                        "..conversation.dashboard..", "..conversation.i18n..")
                .check(classes);
    }
}
