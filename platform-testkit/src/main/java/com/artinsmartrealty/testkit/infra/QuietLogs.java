package com.artinsmartrealty.testkit.infra;

import java.util.List;
import org.slf4j.LoggerFactory;

/**
 * The embedded servers log every step at INFO; until a service configures logging, only their
 * warnings are worth reading.
 */
final class QuietLogs {

    private static final List<String> NOISY = List.of("org.apache.kafka", "kafka", "io.zonky", "redis.embedded",
            "org.eclipse.jetty");

    private QuietLogs() {
    }

    static void apply() {
        for (String name : NOISY) {
            if (LoggerFactory.getLogger(name) instanceof ch.qos.logback.classic.Logger logger) {
                logger.setLevel(ch.qos.logback.classic.Level.WARN);
            }
        }
    }
}
