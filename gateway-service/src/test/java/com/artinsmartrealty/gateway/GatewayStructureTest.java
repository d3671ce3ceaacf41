package com.artinsmartrealty.gateway;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** What keeps the gateway's parts apart. */
class GatewayStructureTest {

    private static final JavaClasses GATEWAY = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.artinsmartrealty.gateway");

    @Test
    void readingAndRenderingChannelPayloadsIsPlainCodeWithoutSpring() {
        classes().that().haveSimpleNameStartingWith("TelegramUpdates")
                .or().haveSimpleNameStartingWith("WhatsAppMessages")
                .or().haveSimpleNameStartingWith("WhatsAppRendering")
                .or().haveSimpleNameStartingWith("WhatsAppSignature")
                .or().haveSimpleNameStartingWith("TextChunks")
                .or().haveSimpleNameStartingWith("SecretCipher")
                .should().onlyDependOnClassesThat().resideOutsideOfPackages("org.springframework..", "reactor..")
                .check(GATEWAY);
    }

    @Test
    void theChannelsDoNotKnowEachOther() {
        noClasses().that().resideInAPackage("..gateway.telegram..")
                .should().dependOnClassesThat().resideInAnyPackage("..gateway.whatsapp..", "..gateway.webchat..")
                .check(GATEWAY);
        noClasses().that().resideInAPackage("..gateway.whatsapp..")
                .should().dependOnClassesThat().resideInAnyPackage("..gateway.telegram..", "..gateway.webchat..")
                .check(GATEWAY);
        noClasses().that().resideInAPackage("..gateway.webchat..")
                .should().dependOnClassesThat().resideInAnyPackage("..gateway.telegram..", "..gateway.whatsapp..")
                .check(GATEWAY);
    }

    @Test
    void deliveryAndTheMediaStoreKnowNoChannel() {
        noClasses().that().resideInAnyPackage("..gateway.outbound..", "..gateway.media..")
                .should().dependOnClassesThat().resideInAnyPackage("..gateway.telegram..", "..gateway.whatsapp..",
                        "..gateway.webchat..")
                .check(GATEWAY);
    }

    @Test
    void onlyTheSecretsPackageEncrypts() {
        noClasses().that().resideOutsideOfPackage("..gateway.secrets..")
                .should().dependOnClassesThat().haveFullyQualifiedName("javax.crypto.Cipher")
                .check(GATEWAY);
    }
}
