package com.artinsmartrealty.analytics.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** The deployed alert rules watch the gauges this service exposes, at the whitepaper's thresholds. */
class AlertRulesTest {

    private static final Path RULES = Path.of("..", "deploy", "prometheus", "alerts.yaml");

    @Test
    @SuppressWarnings("unchecked")
    void theWhitepaperThresholdsAlertOnThisServicesGauges() throws IOException {
        Map<String, Object> file = new Yaml().load(Files.readString(RULES));
        List<Map<String, Object>> rules = ((List<Map<String, Object>>) file.get("groups")).stream()
                .flatMap(group -> ((List<Map<String, Object>>) group.get("rules")).stream())
                .toList();
        Map<String, String> expressions = new java.util.HashMap<>();
        rules.forEach(rule -> expressions.put((String) rule.get("alert"), ((String) rule.get("expr")).strip()));

        assertThat(expressions).containsEntry("ConversationCompletionRateLow",
                "max by (tenant) (conversation_completion_rate) < 0.60");
        assertThat(expressions).containsEntry("SlotFillingTooSlow",
                "max by (tenant) (slot_filling_duration_avg_seconds) > 120");
        assertThat(expressions).containsEntry("LeadQualificationRateLow",
                "max by (tenant) (lead_qualification_rate) < 0.40");
        assertThat(expressions.get("GeminiErrorRateHigh")).contains("> 0.05");
        assertThat(expressions.get("RedisSessionCacheHitRateLow")).contains("< 0.90");
    }
}
