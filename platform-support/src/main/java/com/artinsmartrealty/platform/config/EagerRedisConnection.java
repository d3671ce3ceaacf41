package com.artinsmartrealty.platform.config;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;

/**
 * Opens Lettuce's shared connection when the application starts. Left lazy, the first Redis command
 * connects synchronously inside the factory's lock on whatever thread issued it (an event loop),
 * and every other command waits on that lock meanwhile. The price: a service whose Redis cannot be
 * reached does not start (as it does not without its database).
 */
final class EagerRedisConnection implements BeanPostProcessor {

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof LettuceConnectionFactory factory) {
            factory.setEagerInitialization(true);
        }
        return bean;
    }
}
