package com.artinsmartrealty.lead;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The domain cores stay pure: lifecycle, scoring, assignment, matching, ROI and CSV reading know no I/O. */
class ArchitectureTest {

    private static final String[] FRAMEWORKS = {"org.springframework..", "reactor..", "io.r2dbc..",
        "org.apache.kafka..", "java.net..", "java.nio.file..", "com.artinsmartrealty.platform.."};

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.artinsmartrealty.lead");

    @Test
    void theLeadCoreImportsNoFramework() {
        noClasses().that().resideInAPackage("..lead.leads..")
                .and().haveSimpleNameNotEndingWith("Store")
                .and().haveSimpleNameNotEndingWith("Updates")
                .and().haveSimpleNameNotEndingWith("Reads")
                .should().dependOnClassesThat().resideInAnyPackage(FRAMEWORKS)
                .check(classes);
    }

    @Test
    void matchingRoiAssignmentCsvReadingAndPhotoFormatsImportNoFramework() {
        noClasses().that().haveSimpleName("Matcher").or().haveSimpleName("RoiCalculator")
                .or().haveSimpleName("AssignmentPolicy").or().haveSimpleName("ListingCsv")
                .or().haveSimpleName("ListingDraft").or().haveSimpleName("LeadTexts")
                .or().haveSimpleName("PhotoFormat").or().haveSimpleName("ListingView")
                .should().dependOnClassesThat().resideInAnyPackage(FRAMEWORKS)
                .check(classes);
    }

    @Test
    void theCoreDoesNotReachIntoTheWebOrMessagingAdapters() {
        noClasses().that().resideInAnyPackage("..lead.leads..", "..lead.matching..", "..lead.agents..")
                .and().haveSimpleNameNotEndingWith("Controller")
                .should().dependOnClassesThat().resideInAnyPackage("..lead.web..", "..lead.messaging..")
                .check(classes);
    }
}
