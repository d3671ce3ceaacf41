package com.artinsmartrealty.ai;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The cores that decide (retrieval, offline answers, texts, hashes, reading model output) stay free of I/O frameworks. */
class ArchitectureTest {

    private static final String[] FRAMEWORKS = {"org.springframework..", "reactor..", "io.r2dbc..",
            "org.apache.kafka..", "io.netty..", "java.net.."};

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.artinsmartrealty.ai");

    @Test
    void retrievalOfflineAnswersAndTextsImportNoFramework() {
        noClasses().that().resideInAnyPackage("..ai.retrieval..", "..ai.offline..", "..ai.i18n..")
                .should().dependOnClassesThat().resideInAnyPackage(FRAMEWORKS)
                .check(classes);
    }

    @Test
    void perceptualHashingAndMatchingImportNoFramework() {
        noClasses().that().haveSimpleNameStartingWith("PerceptualHash")
                .or().haveSimpleNameStartingWith("ListingPhotoIndex")
                .should().dependOnClassesThat().resideInAnyPackage(FRAMEWORKS)
                .check(classes);
    }

    @Test
    void readingTheModelsAnswersImportsNoFramework() {
        noClasses().that().haveSimpleNameStartingWith("GeminiReadings")
                .or().haveSimpleNameStartingWith("GeminiPrompts")
                .should().dependOnClassesThat().resideInAnyPackage(FRAMEWORKS)
                .check(classes);
    }

    @Test
    void featuresDoNotDependOnEachOtherInCircles() {
        slices().matching("com.artinsmartrealty.ai.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void onlyTheWebLayerKnowsHttpRequests() {
        noClasses().that().resideOutsideOfPackages("..ai.api..", "..ai.knowledge..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework.web.bind..",
                        "org.springframework.http.codec.multipart..")
                .check(classes);
    }
}
