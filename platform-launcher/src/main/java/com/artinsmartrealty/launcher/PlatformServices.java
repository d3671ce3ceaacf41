package com.artinsmartrealty.launcher;

import com.artinsmartrealty.ai.AiApplication;
import com.artinsmartrealty.analytics.AnalyticsApplication;
import com.artinsmartrealty.conversation.ConversationApplication;
import com.artinsmartrealty.gateway.GatewayApplication;
import com.artinsmartrealty.lead.LeadApplication;
import com.artinsmartrealty.scheduling.SchedulingApplication;
import com.artinsmartrealty.testkit.infra.Infrastructure;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The six services in this JVM, each in its own application context with its own configuration file,
 * port, schema and database roles. Services that others call start first; the gateway starts last,
 * so when it answers, everything behind it is up.
 */
public final class PlatformServices implements AutoCloseable {

    /** Start order: callees before callers. */
    static final List<Service> SERVICES = List.of(
            new Service(AiApplication.NAME, 8082, AiApplication::builder),
            new Service(LeadApplication.NAME, 8083, LeadApplication::builder),
            new Service(SchedulingApplication.NAME, 8084, SchedulingApplication::builder),
            new Service(AnalyticsApplication.NAME, 8085, AnalyticsApplication::builder),
            new Service(ConversationApplication.NAME, 8081, ConversationApplication::builder),
            new Service(GatewayApplication.NAME, 8080, GatewayApplication::builder));

    private final Map<String, ConfigurableApplicationContext> contexts = new LinkedHashMap<>();

    private PlatformServices() {
    }

    /**
     * Starts every service against {@code infrastructure}.
     *
     * @param ports    the port of each service by name; 0 picks a free one, a missing entry the default
     * @param settings further properties for every service (signing key, API base URLs)
     * @param demo     seed the demo agency: each service applies its {@code db/<schema>/demo} scripts
     */
    public static PlatformServices start(Infrastructure infrastructure, Map<String, Integer> ports,
                                         Map<String, String> settings, boolean demo) {
        PlatformServices platform = new PlatformServices();
        try {
            for (Service service : SERVICES) {
                Map<String, String> properties = new LinkedHashMap<>(infrastructure.springProperties(service.name()));
                properties.putAll(settings);
                if (demo) {
                    String schema = service.name().replace("-service", "");
                    properties.put("spring.flyway.locations",
                            "classpath:db/" + schema + "/migration,classpath:db/" + schema + "/demo");
                }
                properties.put("server.port", String.valueOf(ports.getOrDefault(service.name(),
                        service.defaultPort())));
                properties.putAll(platform.serviceUrls());
                // The platform closes the contexts itself, in reverse start order, before the infrastructure.
                platform.contexts.put(service.name(), service.builder().get().registerShutdownHook(false)
                        .run(arguments(properties)));
            }
            return platform;
        } catch (RuntimeException e) {
            platform.close();
            throw e;
        }
    }

    /** The port a service listens on. */
    public int port(String service) {
        return ((WebServerApplicationContext) context(service)).getWebServer().getPort();
    }

    public ConfigurableApplicationContext context(String service) {
        ConfigurableApplicationContext context = contexts.get(service);
        if (context == null) {
            throw new IllegalArgumentException("not running: " + service);
        }
        return context;
    }

    /** Base URLs of the services started so far, for the ones started after them. */
    private Map<String, String> serviceUrls() {
        Map<String, String> urls = new LinkedHashMap<>();
        for (String name : contexts.keySet()) {
            urls.put("platform.services." + name.replace("-service", ""), "http://localhost:" + port(name));
        }
        return urls;
    }

    private static String[] arguments(Map<String, String> properties) {
        List<String> arguments = new ArrayList<>();
        properties.forEach((key, value) -> arguments.add("--" + key + "=" + value));
        return arguments.toArray(String[]::new);
    }

    @Override
    public void close() {
        List<ConfigurableApplicationContext> running = new ArrayList<>(contexts.values());
        for (int i = running.size() - 1; i >= 0; i--) {
            running.get(i).close();
        }
        contexts.clear();
    }

    record Service(String name, int defaultPort, Supplier<SpringApplicationBuilder> builder) {
    }
}
