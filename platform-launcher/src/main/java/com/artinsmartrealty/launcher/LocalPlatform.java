package com.artinsmartrealty.launcher;

import com.artinsmartrealty.testkit.infra.Infrastructure;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the whole platform on this machine: embedded Kafka, PostgreSQL and Redis (or the external
 * ones named in the environment), the six services and the demo agency. Data lives in {@code .data/}
 * between runs; Ctrl-C stops everything cleanly.
 */
public final class LocalPlatform {

    private LocalPlatform() {
    }

    public static void main(String[] args) throws Exception {
        Instant started = Instant.now();
        quietUntilSpringConfiguresLogging();
        Path dataDirectory = Path.of(env("ARTIN_DATA_DIR", ".data")).toAbsolutePath();
        Files.createDirectories(dataDirectory);
        String demoPassword = System.getenv("DEMO_PASSWORD");
        boolean generatedPassword = demoPassword == null || demoPassword.isBlank();
        if (generatedPassword) {
            demoPassword = randomHex(6);
        }

        System.out.println("Starting ArtinSmartRealty; data in " + dataDirectory);
        Infrastructure infrastructure = Infrastructure.start(dataDirectory, System::getenv);
        System.out.println("Infrastructure: " + infrastructure.description());

        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("platform.security.jwt.secret", jwtSecret(dataDirectory));
        settings.put("gateway.secrets.key", secretsKey(dataDirectory));
        settings.put("platform.demo.password", demoPassword);
        PlatformServices services;
        try {
            services = PlatformServices.start(infrastructure, Map.of(), settings, true);
        } catch (RuntimeException e) {
            infrastructure.close();
            throw e;
        }

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("Stopping ArtinSmartRealty...");
            services.close();
            infrastructure.close();
            stopped.countDown();
        }, "platform-shutdown"));

        printWelcome(services, demoPassword, generatedPassword, Duration.between(started, Instant.now()));
        stopped.await();
    }

    private static void printWelcome(PlatformServices services, String password, boolean generated,
                                     Duration startup) {
        int gateway = services.port("gateway-service");
        String base = "http://localhost:" + gateway;
        System.out.println();
        System.out.println("ArtinSmartRealty is up in " + startup.toSeconds() + " s.");
        System.out.println("  Gateway:        " + base);
        System.out.println("  Web chat (demo): POST " + base + "/webchat/demo/sessions");
        System.out.println("  Telegram hook:  " + base + "/webhooks/telegram/demo (long polling without GATEWAY_PUBLIC_URL)");
        System.out.println("  WhatsApp hook:  " + base + "/webhooks/whatsapp");
        System.out.println("  API docs:       " + base + "/swagger-ui.html");
        System.out.println("  Health:         " + base + "/actuator/health");
        for (PlatformServices.Service service : PlatformServices.SERVICES) {
            System.out.printf("  %-21s http://localhost:%d%n", service.name() + ":", services.port(service.name()));
        }
        System.out.println("Demo logins" + (generated ? " (password generated; set DEMO_PASSWORD to choose one)" : "")
                + ":");
        for (String login : new String[] {"admin@demo.example", "agent1@demo.example", "agent2@demo.example",
                "owner@platform.example"}) {
            System.out.println("  " + login + " / " + password);
        }
        System.out.println("Press Ctrl-C to stop.");
    }

    /** Logback logs everything at DEBUG until the first service configures it; the start need not. */
    private static void quietUntilSpringConfiguresLogging() {
        if (LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME) instanceof ch.qos.logback.classic.Logger root) {
            root.setLevel(ch.qos.logback.classic.Level.WARN);
        }
    }

    /** A signing key kept in the data directory, so dashboard sessions survive a restart. */
    private static String jwtSecret(Path dataDirectory) throws IOException {
        String fromEnvironment = System.getenv("JWT_SECRET");
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return fromEnvironment;
        }
        Path file = dataDirectory.resolve("jwt-secret");
        if (!Files.exists(file)) {
            Files.writeString(file, randomHex(32));
        }
        return Files.readString(file).strip();
    }

    /** The key the gateway encrypts channel secrets with, kept beside the data it protects. */
    private static String secretsKey(Path dataDirectory) throws IOException {
        String fromEnvironment = System.getenv("GATEWAY_SECRETS_KEY");
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return fromEnvironment;
        }
        Path file = dataDirectory.resolve("gateway-secrets-key");
        if (!Files.exists(file)) {
            byte[] key = new byte[32];
            new SecureRandom().nextBytes(key);
            Files.writeString(file, java.util.Base64.getEncoder().encodeToString(key));
        }
        return Files.readString(file).strip();
    }

    private static String randomHex(int bytes) {
        byte[] random = new byte[bytes];
        new SecureRandom().nextBytes(random);
        return HexFormat.of().formatHex(random);
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
