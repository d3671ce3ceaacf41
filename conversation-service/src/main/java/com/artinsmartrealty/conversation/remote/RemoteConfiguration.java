package com.artinsmartrealty.conversation.remote;

import com.artinsmartrealty.contracts.EventCodec;
import com.artinsmartrealty.platform.config.ServiceUrls;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.netty.channel.ChannelOption;
import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;

/** The HTTP clients of ai-, lead- and scheduling-service, each with its own connection pool and breaker. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RemoteProperties.class)
class RemoteConfiguration {

    private static final int CONNECT_TIMEOUT_MILLIS = 2_000;

    @Bean(destroyMethod = "")
    CircuitBreakerRegistry conversationCircuitBreakers(RemoteProperties properties) {
        return CircuitBreakerRegistry.of(CircuitBreakerConfig.custom()
                .failureRateThreshold(properties.failureRate())
                .slidingWindowSize(properties.window())
                .minimumNumberOfCalls(Math.min(properties.window(), 20))
                .waitDurationInOpenState(properties.openFor())
                .permittedNumberOfCallsInHalfOpenState(5)
                .build());
    }

    @Bean(destroyMethod = "dispose")
    ConnectionProvider conversationConnections(RemoteProperties properties) {
        return ConnectionProvider.builder("conversation-remote")
                .maxConnections(properties.maxConnections())
                .pendingAcquireMaxCount(-1)
                .pendingAcquireTimeout(Duration.ofSeconds(10))
                .maxIdleTime(Duration.ofSeconds(30))
                .build();
    }

    @Bean
    RemoteServices remoteServices(ServiceUrls urls, ConnectionProvider connections, CircuitBreakerRegistry breakers,
                                  ServiceTokens tokens, EventCodec codec) {
        HttpClient http = HttpClient.create(connections)
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, CONNECT_TIMEOUT_MILLIS);
        return new RemoteServices(
                service("ai-service", urls.ai(), http, breakers, tokens, codec),
                service("lead-service", urls.lead(), http, breakers, tokens, codec),
                service("scheduling-service", urls.scheduling(), http, breakers, tokens, codec));
    }

    private static RemoteService service(String name, URI base, HttpClient http, CircuitBreakerRegistry breakers,
                                         ServiceTokens tokens, EventCodec codec) {
        String baseUrl = base.toString();
        return new RemoteService(name, http.baseUrl(baseUrl.endsWith("/") ? baseUrl.substring(0,
                baseUrl.length() - 1) : baseUrl), codec.mapper(), breakers.circuitBreaker(name), tokens);
    }

    /** The three services the conversation calls. */
    record RemoteServices(RemoteService ai, RemoteService lead, RemoteService scheduling) {
    }
}
