package com.artinsmartrealty.lead;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Leads, inventory, matching with ROI, PDF reports and Excel exports, isolated per tenant. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class LeadApplication {

    public static final String NAME = "lead-service";

    /** The application with its own configuration file, {@code lead-service.yml}. */
    public static SpringApplicationBuilder builder() {
        return new SpringApplicationBuilder(LeadApplication.class).properties("spring.config.name=" + NAME);
    }

    public static void main(String[] args) {
        builder().run(args);
    }
}
