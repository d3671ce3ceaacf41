package com.artinsmartrealty.testkit.infra;

import com.artinsmartrealty.contracts.Topics;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Kafka, PostgreSQL and Redis for the tests and the local run. Each one is external when its
 * variable is set ({@code KAFKA_BOOTSTRAP_SERVERS}, {@code DATABASE_URL}, {@code REDIS_URL}) and
 * embedded otherwise: a KRaft broker in this JVM, PostgreSQL and Redis from their embedded binaries.
 */
public final class Infrastructure implements AutoCloseable {

    /** Partitions of every platform topic created here; the key decides the partition. */
    public static final int PARTITIONS = 6;

    private static final Logger log = LoggerFactory.getLogger(Infrastructure.class);
    private static Infrastructure shared;

    private final List<AutoCloseable> embedded = new ArrayList<>();
    private final Map<String, ServiceDatabase> databases = new ConcurrentHashMap<>();
    private final String kafkaBootstrapServers;
    private final PostgresLocation postgres;
    private final String redisUrl;
    private final ServiceDatabaseProvisioner provisioner;
    private final String description;

    private Infrastructure(Path dataDirectory, Function<String, String> env) {
        QuietLogs.apply();
        List<String> parts = new ArrayList<>();
        String kafka = env.apply("KAFKA_BOOTSTRAP_SERVERS");
        if (kafka == null || kafka.isBlank()) {
            EmbeddedKafka broker = EmbeddedKafka.start(child(dataDirectory, "kafka"));
            embedded.add(broker);
            kafka = broker.bootstrapServers();
            parts.add("Kafka (embedded KRaft) " + kafka);
        } else {
            parts.add("Kafka (external) " + kafka);
        }
        this.kafkaBootstrapServers = kafka;
        createTopics(kafka, Topics.allTopics());

        String databaseUrl = env.apply("DATABASE_URL");
        if (databaseUrl == null || databaseUrl.isBlank()) {
            EmbeddedPostgresServer server = EmbeddedPostgresServer.start(child(dataDirectory, "postgres"));
            embedded.add(server);
            this.postgres = server.location();
            parts.add("PostgreSQL (embedded) localhost:" + postgres.port() + "/" + postgres.database());
        } else {
            this.postgres = PostgresLocation.parse(databaseUrl);
            parts.add("PostgreSQL (external) " + postgres.host() + ":" + postgres.port() + "/" + postgres.database());
        }
        this.provisioner = new ServiceDatabaseProvisioner(postgres, env.apply("DATABASE_ROLE_PASSWORD"));

        String redis = env.apply("REDIS_URL");
        if (redis == null || redis.isBlank()) {
            EmbeddedRedisServer server = EmbeddedRedisServer.start(child(dataDirectory, "redis"));
            embedded.add(server);
            redis = server.url();
            parts.add("Redis (embedded) " + redis);
        } else {
            parts.add("Redis (external)");
        }
        this.redisUrl = redis;
        this.description = String.join("; ", parts);
    }

    /**
     * The infrastructure every test in this JVM shares: started on first use with throw-away data,
     * stopped when the JVM exits.
     */
    public static synchronized Infrastructure shared() {
        if (shared == null) {
            shared = new Infrastructure(null, System::getenv);
            Runtime.getRuntime().addShutdownHook(new Thread(shared::close, "infrastructure-shutdown"));
            log.info("Test infrastructure: {}", shared.description);
        }
        return shared;
    }

    /** Starts infrastructure for a local run that keeps its data under {@code dataDirectory}. */
    public static Infrastructure start(Path dataDirectory, Function<String, String> env) {
        return new Infrastructure(dataDirectory, env);
    }

    public String kafkaBootstrapServers() {
        return kafkaBootstrapServers;
    }

    public String redisUrl() {
        return redisUrl;
    }

    public PostgresLocation postgres() {
        return postgres;
    }

    public String description() {
        return description;
    }

    /** The schema and roles of one service, created on first request. */
    public ServiceDatabase database(String schema) {
        return databases.computeIfAbsent(schema, provisioner::provision);
    }

    /**
     * The Spring properties that point a service at this infrastructure. The service's schema is its
     * application name without the {@code -service} suffix.
     */
    public Map<String, String> springProperties(String applicationName) {
        ServiceDatabase database = database(applicationName.replace("-service", "").replace('-', '_'));
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("spring.kafka.bootstrap-servers", kafkaBootstrapServers);
        properties.put("spring.cloud.stream.kafka.binder.brokers", kafkaBootstrapServers);
        properties.put("spring.data.redis.url", redisUrl);
        properties.put("spring.r2dbc.url", postgres.r2dbcUrl(database.schema()));
        properties.put("spring.r2dbc.username", database.appRole());
        properties.put("spring.r2dbc.password", database.appPassword());
        properties.put("spring.flyway.url", postgres.jdbcUrl());
        properties.put("spring.flyway.user", database.ownerRole());
        properties.put("spring.flyway.password", database.ownerPassword());
        properties.put("spring.flyway.schemas", database.schema());
        properties.put("spring.flyway.default-schema", database.schema());
        properties.put("spring.flyway.placeholders.app_role", database.appRole());
        return properties;
    }

    private static void createTopics(String bootstrapServers, List<String> topics) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            Set<String> existing = admin.listTopics().names().get();
            List<NewTopic> missing = topics.stream()
                    .filter(topic -> !existing.contains(topic))
                    .map(topic -> new NewTopic(topic, java.util.Optional.of(PARTITIONS), java.util.Optional.empty()))
                    .toList();
            if (!missing.isEmpty()) {
                admin.createTopics(missing).all().get();
            }
        } catch (Exception e) {
            throw new IllegalStateException("could not create topics on " + bootstrapServers + ": " + e.getMessage(), e);
        }
    }

    private static Path child(Path dataDirectory, String name) {
        return dataDirectory == null ? null : dataDirectory.resolve(name);
    }

    @Override
    public void close() {
        for (int i = embedded.size() - 1; i >= 0; i--) {
            try {
                embedded.get(i).close();
            } catch (Exception e) {
                log.warn("Stopping {} failed: {}", embedded.get(i).getClass().getSimpleName(), e.getMessage());
            }
        }
        embedded.clear();
    }
}
