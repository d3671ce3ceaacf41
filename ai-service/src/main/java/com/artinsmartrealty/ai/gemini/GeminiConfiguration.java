package com.artinsmartrealty.ai.gemini;

import com.artinsmartrealty.ai.AiProperties;
import com.google.genai.Client;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * The Gemini provider, present only when {@code ai.gemini.api-key} ({@code GEMINI_API_KEY}) is set.
 * The client is made by {@link GeminiClients}.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(GeminiConfiguration.KeyConfigured.class)
class GeminiConfiguration {

    private static final Logger log = LoggerFactory.getLogger(GeminiConfiguration.class);

    @Bean(destroyMethod = "close")
    Client geminiClient(GeminiProperties properties) {
        log.info("Gemini provider on: model {}{}", properties.model(),
                properties.apiUrl() == null ? "" : " at " + properties.apiUrl());
        return GeminiClients.create(properties);
    }

    @Bean
    GeminiModel geminiModel(Client client, GeminiProperties properties, ModelMeter meter) {
        return new GeminiModel(client, properties, meter);
    }

    @Bean
    GeminiProvider geminiProvider(GeminiModel model, GeminiProperties properties, AiProperties ai) {
        return new GeminiProvider(model, properties, ai);
    }

    /** True when a non-blank API key is configured. */
    static final class KeyConfigured implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            String key = context.getEnvironment().getProperty("ai.gemini.api-key");
            return key != null && !key.isBlank();
        }
    }
}
