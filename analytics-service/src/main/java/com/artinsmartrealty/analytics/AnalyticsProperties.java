package com.artinsmartrealty.analytics;

import com.artinsmartrealty.contracts.Topics;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The analytics service's settings.
 *
 * @param group          the consumer group of the read models (the binding's group)
 * @param binding        the binding that consumes every topic
 * @param topics         the topics the read models are built from
 * @param rebuildWait    how long a rebuild waits for the consumer to stop and the group to empty
 * @param metricsWindow  the window the per-tenant alert gauges cover
 * @param metricsRefresh how often the gauges are recomputed
 */
@ConfigurationProperties("analytics")
public record AnalyticsProperties(String group, String binding, List<String> topics, Duration rebuildWait,
                                  Duration metricsWindow, Duration metricsRefresh) {

    public AnalyticsProperties {
        group = group == null || group.isBlank() ? "analytics-service" : group;
        binding = binding == null || binding.isBlank() ? "analytics-in-0" : binding;
        topics = topics == null || topics.isEmpty() ? Topics.eventTopics() : List.copyOf(topics);
        rebuildWait = rebuildWait == null ? Duration.ofSeconds(60) : rebuildWait;
        metricsWindow = metricsWindow == null ? Duration.ofDays(7) : metricsWindow;
        metricsRefresh = metricsRefresh == null ? Duration.ofSeconds(30) : metricsRefresh;
    }
}
