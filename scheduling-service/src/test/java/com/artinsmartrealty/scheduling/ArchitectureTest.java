package com.artinsmartrealty.scheduling;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;
import org.junit.jupiter.api.Test;

/** The scheduling rules stay plain Java: no Spring, no Reactor, no database, no I/O. */
class ArchitectureTest {

    private static final String[] FRAMEWORKS = {"org.springframework..", "reactor..", "io.r2dbc..",
        "org.apache.kafka..", "java.net..", "java.nio.file.."};

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.artinsmartrealty.scheduling");

    @Test
    void theRulesImportNoFrameworkAndNoIo() {
        noClasses().that().resideInAPackage("..scheduling.time..")
                .should().dependOnClassesThat().resideInAnyPackage(FRAMEWORKS)
                .check(classes);
        noClasses().that().belongToAnyOf(
                        com.artinsmartrealty.scheduling.availability.Availability.class,
                        com.artinsmartrealty.scheduling.slots.SlotFinder.class,
                        com.artinsmartrealty.scheduling.slots.AgentDiary.class,
                        com.artinsmartrealty.scheduling.slots.SlotPolicy.class,
                        com.artinsmartrealty.scheduling.booking.Appointment.class,
                        com.artinsmartrealty.scheduling.booking.Change.class,
                        com.artinsmartrealty.scheduling.booking.BookingRules.class,
                        com.artinsmartrealty.scheduling.reminders.ReminderPlan.class,
                        com.artinsmartrealty.scheduling.calendar.CalendarFile.class,
                        com.artinsmartrealty.scheduling.i18n.DateLabels.class,
                        com.artinsmartrealty.scheduling.i18n.Texts.class)
                .should().dependOnClassesThat().resideInAnyPackage(FRAMEWORKS)
                .check(classes);
    }

    @Test
    void featuresDoNotDependOnEachOtherInCircles() {
        SlicesRuleDefinition.slices().matching("com.artinsmartrealty.scheduling.(*)..")
                .should().beFreeOfCycles()
                .check(classes);
    }
}
