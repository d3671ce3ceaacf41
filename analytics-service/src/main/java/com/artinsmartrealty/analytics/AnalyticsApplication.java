package com.artinsmartrealty.analytics;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Read models from every event topic: funnel, timings, leaderboard, MRR and costs. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class AnalyticsApplication {

    public static final String NAME = "analytics-service";

    /** The application with its own configuration file, {@code analytics-service.yml}. */
    public static SpringApplicationBuilder builder() {
        return new SpringApplicationBuilder(AnalyticsApplication.class).properties("spring.config.name=" + NAME);
    }

    public static void main(String[] args) {
        builder().run(args);
    }
}
