package com.artinsmartrealty.gateway.media;

import com.artinsmartrealty.contracts.api.media.MediaRefs;
import com.artinsmartrealty.platform.config.ServiceUrls;
import com.artinsmartrealty.platform.security.ServiceCredentials;
import java.net.URI;
import java.time.Duration;
import java.util.UUID;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.client.WebClientRequestException;
import reactor.core.publisher.Mono;

/**
 * Documents other services render on demand: a lead's PDF report (lead-service) and an
 * appointment's calendar file (scheduling-service), fetched with a service token for the tenant.
 */
@Configuration(proxyBeanMethods = false)
class ServiceDocuments {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    /** Bots may send files of up to 50 MB. */
    private static final int MAX_BYTES = 50 * 1024 * 1024;

    @Bean
    MediaSource leadReports(WebClient.Builder web, ServiceUrls urls, ServiceCredentials credentials) {
        return new Source(MediaRefs.LEAD_REPORT, client(web), credentials,
                id -> urls.lead().resolve("/internal/leads/" + id + "/report.pdf"), "report.pdf", "application/pdf");
    }

    @Bean
    MediaSource appointmentCalendars(WebClient.Builder web, ServiceUrls urls, ServiceCredentials credentials) {
        return new Source(MediaRefs.APPOINTMENT_ICS, client(web), credentials,
                id -> urls.scheduling().resolve("/internal/appointments/" + id + ".ics"), "appointment.ics",
                "text/calendar");
    }

    private static WebClient client(WebClient.Builder web) {
        return web.clone().codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(MAX_BYTES)).build();
    }

    /** One service's documents, addressed by a UUID after the scheme. */
    private record Source(String scheme, WebClient client, ServiceCredentials credentials,
                          java.util.function.Function<UUID, URI> location, String defaultName,
                          String defaultType) implements MediaSource {

        @Override
        public Mono<StoredFile> fetch(UUID tenantId, String ref) {
            UUID id;
            try {
                id = UUID.fromString(ref.substring(scheme.length()));
            } catch (IllegalArgumentException e) {
                return Mono.error(MediaFailure.permanent("not a valid " + scheme + " reference"));
            }
            return client.get()
                    .uri(location.apply(id))
                    .header(HttpHeaders.AUTHORIZATION, "Bearer " + credentials.bearerTokenFor(tenantId))
                    .exchangeToMono(response -> {
                        int status = response.statusCode().value();
                        if (status == 404) {
                            return response.releaseBody().then(Mono.empty());
                        }
                        if (status >= 400) {
                            return response.releaseBody().then(Mono.error(status >= 500 || status == 429
                                    ? MediaFailure.retryable(scheme + " answered " + status, null)
                                    : MediaFailure.permanent(scheme + " answered " + status)));
                        }
                        HttpHeaders headers = response.headers().asHttpHeaders();
                        MediaType type = headers.getContentType();
                        String name = fileName(headers.getContentDisposition());
                        return response.bodyToMono(byte[].class).map(bytes -> new StoredFile(bytes,
                                type == null ? defaultType : type.toString(), name == null ? defaultName : name));
                    })
                    .timeout(TIMEOUT)
                    .onErrorMap(DataBufferLimitException.class,
                            e -> MediaFailure.tooLarge(scheme + " file is larger than 50 MB"))
                    .onErrorMap(error -> !(error instanceof MediaFailure),
                            error -> MediaFailure.retryable(scheme + " is unreachable: " + error.getClass()
                                    .getSimpleName(), error instanceof WebClientRequestException ? error : null));
        }

        private static String fileName(ContentDisposition disposition) {
            return disposition == null ? null : disposition.getFilename();
        }
    }
}
