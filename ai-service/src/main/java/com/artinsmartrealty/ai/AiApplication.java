package com.artinsmartrealty.ai;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Language understanding and replies: Gemini or the offline provider, the tenant knowledge base, token accounting. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class AiApplication {

    public static final String NAME = "ai-service";

    /** The application with its own configuration file, {@code ai-service.yml}. */
    public static SpringApplicationBuilder builder() {
        return new SpringApplicationBuilder(AiApplication.class).properties("spring.config.name=" + NAME);
    }

    public static void main(String[] args) {
        builder().run(args);
    }
}
