package com.artinsmartrealty.testkit.infra;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;

/**
 * A real Kafka broker in KRaft mode (one combined broker and controller) running inside this JVM.
 * It is Kafka's own cluster test kit, the engine behind spring-kafka-test's
 * {@code EmbeddedKafkaKraftBroker}, used directly so that a local run can keep its log directory.
 */
final class EmbeddedKafka implements AutoCloseable {

    /** Fixed so that a kept log directory is recognised on the next start. */
    private static final String CLUSTER_ID = "ArtinSmartRealtyLocal";

    private final KafkaClusterTestKit cluster;

    private EmbeddedKafka(KafkaClusterTestKit cluster) {
        this.cluster = cluster;
    }

    /**
     * Starts a broker.
     *
     * @param dataDirectory where to keep the log between runs, or null for a throw-away directory
     */
    static EmbeddedKafka start(Path dataDirectory) {
        try {
            boolean keep = dataDirectory != null;
            Path base = keep ? dataDirectory : Files.createTempDirectory("artin-kafka");
            boolean formatted = keep && Files.isDirectory(base) && hasFiles(base);
            TestKitNodes nodes = new TestKitNodes.Builder()
                    .setCombined(true)
                    .setNumBrokerNodes(1)
                    .setNumControllerNodes(1)
                    .setBaseDirectory(base)
                    .setClusterId(java.util.Base64.getUrlEncoder().withoutPadding()
                            .encodeToString(java.util.Arrays.copyOf(CLUSTER_ID.getBytes(), 16)))
                    .build();
            KafkaClusterTestKit cluster = new KafkaClusterTestKit.Builder(nodes)
                    .setDeleteOnClose(!keep)
                    .setConfigProp("auto.create.topics.enable", "false")
                    .setConfigProp("group.initial.rebalance.delay.ms", "0")
                    .setConfigProp("offsets.topic.replication.factor", "1")
                    .setConfigProp("transaction.state.log.replication.factor", "1")
                    .setConfigProp("transaction.state.log.min.isr", "1")
                    .setConfigProp("share.coordinator.state.topic.replication.factor", "1")
                    .setConfigProp("share.coordinator.state.topic.min.isr", "1")
                    .build();
            if (!formatted) {
                cluster.format();
            }
            cluster.startup();
            cluster.waitForReadyBrokers();
            return new EmbeddedKafka(cluster);
        } catch (Exception e) {
            throw new IllegalStateException("embedded Kafka did not start: " + e.getMessage(), e);
        }
    }

    private static boolean hasFiles(Path directory) throws java.io.IOException {
        try (var entries = Files.list(directory)) {
            return entries.findAny().isPresent();
        }
    }

    String bootstrapServers() {
        return cluster.bootstrapServers();
    }

    @Override
    public void close() throws Exception {
        cluster.close();
    }
}
