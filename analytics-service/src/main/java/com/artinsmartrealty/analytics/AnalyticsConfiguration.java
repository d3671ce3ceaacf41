package com.artinsmartrealty.analytics;

import org.apache.kafka.clients.admin.Admin;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.connection.ReactiveRedisConnectionFactory;
import org.springframework.data.redis.listener.ReactiveRedisMessageListenerContainer;
import org.springframework.kafka.core.KafkaAdmin;

@Configuration(proxyBeanMethods = false)
class AnalyticsConfiguration {

    /** One Redis subscription connection shared by every live stream of this instance. */
    @Bean(destroyMethod = "destroy")
    ReactiveRedisMessageListenerContainer redisListener(ReactiveRedisConnectionFactory connections) {
        return new ReactiveRedisMessageListenerContainer(connections);
    }

    /** Reads and resets the read models' consumer group (rebuilds, progress). */
    @Bean(destroyMethod = "close")
    Admin analyticsAdmin(KafkaAdmin kafkaAdmin) {
        return Admin.create(kafkaAdmin.getConfigurationProperties());
    }
}
