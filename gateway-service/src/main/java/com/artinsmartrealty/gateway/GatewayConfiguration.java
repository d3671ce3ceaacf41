package com.artinsmartrealty.gateway;

import com.artinsmartrealty.gateway.secrets.SecretCipher;
import com.artinsmartrealty.gateway.secrets.SecretsProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.connection.ReactiveRedisConnectionFactory;
import org.springframework.data.redis.listener.ReactiveRedisMessageListenerContainer;
import org.springframework.transaction.ReactiveTransactionManager;
import org.springframework.transaction.reactive.TransactionalOperator;

@Configuration(proxyBeanMethods = false)
class GatewayConfiguration {

    @Bean(destroyMethod = "destroy")
    ReactiveRedisMessageListenerContainer redisListener(ReactiveRedisConnectionFactory connections) {
        return new ReactiveRedisMessageListenerContainer(connections);
    }

    @Bean
    SecretCipher secretCipher(SecretsProperties properties) {
        return new SecretCipher(properties.key(), properties.previousKeys());
    }

    @Bean
    TransactionalOperator transactionalOperator(ReactiveTransactionManager transactions) {
        return TransactionalOperator.create(transactions);
    }
}
