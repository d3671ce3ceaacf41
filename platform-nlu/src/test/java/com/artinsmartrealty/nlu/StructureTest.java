package com.artinsmartrealty.nlu;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class StructureTest {

    @Test
    void readingIsPureLibraryCode() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "reactor..",
                        "java.net..", "java.sql..")
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("com.artinsmartrealty.nlu"));
    }
}
