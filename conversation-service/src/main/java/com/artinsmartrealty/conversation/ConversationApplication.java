package com.artinsmartrealty.conversation;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Runs the conversation state machine for every chat of every tenant. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ConversationApplication {

    public static final String NAME = "conversation-service";

    /** The application with its own configuration file, {@code conversation-service.yml}. */
    public static SpringApplicationBuilder builder() {
        return new SpringApplicationBuilder(ConversationApplication.class).properties("spring.config.name=" + NAME);
    }

    public static void main(String[] args) {
        builder().run(args);
    }
}
