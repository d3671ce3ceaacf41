package com.artinsmartrealty.scheduling;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Agent availability, slot holds, bookings that cannot overlap, reminders and calendar files. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class SchedulingApplication {

    public static final String NAME = "scheduling-service";

    /** The application with its own configuration file, {@code scheduling-service.yml}. */
    public static SpringApplicationBuilder builder() {
        return new SpringApplicationBuilder(SchedulingApplication.class).properties("spring.config.name=" + NAME);
    }

    public static void main(String[] args) {
        builder().run(args);
    }
}
