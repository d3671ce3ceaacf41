package com.artinsmartrealty.platform.config;

import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the other services are, for service-to-service calls ({@code PLATFORM_SERVICES_AI} and so on).
 * The defaults are the local run's ports.
 */
@ConfigurationProperties("platform.services")
public record ServiceUrls(URI ai, URI lead, URI scheduling, URI analytics, URI conversation, URI gateway) {

    public ServiceUrls {
        ai = ai == null ? URI.create("http://localhost:8082") : ai;
        lead = lead == null ? URI.create("http://localhost:8083") : lead;
        scheduling = scheduling == null ? URI.create("http://localhost:8084") : scheduling;
        analytics = analytics == null ? URI.create("http://localhost:8085") : analytics;
        conversation = conversation == null ? URI.create("http://localhost:8081") : conversation;
        gateway = gateway == null ? URI.create("http://localhost:8080") : gateway;
    }
}
