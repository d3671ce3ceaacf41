package com.artinsmartrealty.ai;

import com.artinsmartrealty.ai.retrieval.LanguageAnalyzers;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class AiConfiguration {

    /** The Lucene analyzers of the four languages, loaded once: they are thread-safe. */
    @Bean
    LanguageAnalyzers languageAnalyzers() {
        return LanguageAnalyzers.load();
    }
}
