package com.artinsmartrealty.ai.listings;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

/** Photo URLs are followed only to lead-service: the service token never leaves for another host. */
class LeadListingsTest {

    private static final URI LEAD = URI.create("http://lead-service:8083");

    @Test
    void relativeAndSameOriginUrlsResolveAgainstLeadService() {
        assertThat(LeadListings.resolve(LEAD, "/internal/listings/1/photos/0"))
                .contains(URI.create("http://lead-service:8083/internal/listings/1/photos/0"));
        assertThat(LeadListings.resolve(LEAD, "http://lead-service:8083/internal/listings/1/photos/0")).isPresent();
    }

    @Test
    void otherHostsPortsAndSchemesAreNotFollowed() {
        assertThat(LeadListings.resolve(LEAD, "https://cdn.example.com/photo.jpg")).isEmpty();
        assertThat(LeadListings.resolve(LEAD, "http://lead-service:9999/photo.jpg")).isEmpty();
        assertThat(LeadListings.resolve(LEAD, "//evil.example/photo.jpg")).isEmpty();
        assertThat(LeadListings.resolve(LEAD, "file:///etc/passwd")).isEmpty();
        assertThat(LeadListings.resolve(LEAD, "http://[bad")).isEmpty();
    }
}
