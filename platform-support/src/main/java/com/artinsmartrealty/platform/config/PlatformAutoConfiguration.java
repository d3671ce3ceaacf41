package com.artinsmartrealty.platform.config;

import com.artinsmartrealty.contracts.EventCodec;
import com.artinsmartrealty.platform.logging.LogContext;
import com.artinsmartrealty.platform.messaging.EventPublisher;
import com.artinsmartrealty.platform.messaging.KafkaHealthIndicator;
import com.artinsmartrealty.platform.messaging.MessagingProperties;
import com.artinsmartrealty.platform.messaging.RecordConsumers;
import com.artinsmartrealty.platform.security.AccessTokens;
import com.artinsmartrealty.platform.security.JwtProperties;
import com.artinsmartrealty.platform.security.ServiceCredentials;
import com.artinsmartrealty.platform.tenancy.TenantTransactions;
import com.artinsmartrealty.platform.web.ProblemErrorHandler;
import java.time.Clock;
import org.apache.kafka.clients.admin.Admin;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.data.r2dbc.autoconfigure.DataR2dbcAutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.boot.r2dbc.autoconfigure.R2dbcTransactionManagerAutoConfiguration;
import org.springframework.cloud.stream.config.ListenerContainerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.AbstractMessageListenerContainer;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.ReactiveTransactionManager;
import org.springframework.transaction.reactive.TransactionalOperator;

/** The shared runtime of every service. */
@AutoConfiguration(after = {KafkaAutoConfiguration.class, DataR2dbcAutoConfiguration.class,
        R2dbcTransactionManagerAutoConfiguration.class})
@EnableConfigurationProperties({JwtProperties.class, MessagingProperties.class, ServiceUrls.class})
public class PlatformAutoConfiguration {

    public PlatformAutoConfiguration() {
        LogContext.install();
    }

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    @ConditionalOnMissingBean
    EventCodec eventCodec() {
        return new EventCodec();
    }

    @Bean
    @ConditionalOnMissingBean
    AccessTokens accessTokens(JwtProperties properties, Clock clock) {
        return new AccessTokens(properties.secret(), clock);
    }

    @Bean
    @ConditionalOnMissingBean
    ServiceCredentials serviceCredentials(AccessTokens tokens, JwtProperties properties,
                                          @Value("${spring.application.name}") String serviceName) {
        return new ServiceCredentials(tokens, serviceName, properties);
    }

    @Bean
    @ConditionalOnBean({DatabaseClient.class, ReactiveTransactionManager.class})
    @ConditionalOnMissingBean
    TenantTransactions tenantTransactions(ReactiveTransactionManager transactionManager, DatabaseClient database) {
        return new TenantTransactions(TransactionalOperator.create(transactionManager), database);
    }

    @Bean
    @ConditionalOnMissingBean
    EventPublisher eventPublisher(KafkaTemplate<String, byte[]> kafka, EventCodec codec) {
        return new EventPublisher(kafka, codec);
    }

    @Bean
    @ConditionalOnMissingBean
    RecordConsumers recordConsumers(KafkaTemplate<String, byte[]> kafka, MessagingProperties properties,
                                    Clock clock) {
        return new RecordConsumers(kafka, properties, clock);
    }

    /**
     * The consumers commit offsets without waiting for the broker's answer: a consumer thread that
     * waits on every commit hands the next records over that much later. A commit lost with a crash
     * only means records redelivered, which every consumer here takes idempotently.
     */
    @Bean
    @ConditionalOnMissingBean
    ListenerContainerCustomizer<AbstractMessageListenerContainer<?, ?>> asynchronousOffsetCommits() {
        return (container, destination, group) -> container.getContainerProperties().setSyncCommits(false);
    }

    @Bean(name = "kafkaHealthIndicator")
    @ConditionalOnMissingBean(name = "kafkaHealthIndicator")
    KafkaHealthIndicator kafkaHealthIndicator(KafkaAdmin kafkaAdmin) {
        return new KafkaHealthIndicator(Admin.create(kafkaAdmin.getConfigurationProperties()));
    }

    @Bean
    static EagerRedisConnection eagerRedisConnection() {
        return new EagerRedisConnection();
    }

    @Bean
    ProblemErrorHandler problemErrorHandler() {
        return new ProblemErrorHandler();
    }
}
