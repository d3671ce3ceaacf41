package com.artinsmartrealty.testkit.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import redis.embedded.RedisServer;

/** A real Redis server from the embedded-redis binary jar. */
final class EmbeddedRedisServer implements AutoCloseable {

    private final RedisServer server;
    private final int port;

    private EmbeddedRedisServer(RedisServer server, int port) {
        this.server = server;
        this.port = port;
    }

    /** Starts the server; with a data directory it keeps an append-only file there between runs. */
    static EmbeddedRedisServer start(Path dataDirectory) {
        int port = FreePorts.next();
        try {
            var builder = RedisServer.newRedisServer()
                    .port(port)
                    .bind("127.0.0.1")
                    .setting("maxmemory 512mb")
                    .setting("maxmemory-policy noeviction");
            if (dataDirectory != null) {
                Files.createDirectories(dataDirectory);
                builder.setting("dir " + dataDirectory.toAbsolutePath())
                        .setting("appendonly yes")
                        .setting("save 60 1");
            } else {
                builder.setting("save \"\"").setting("appendonly no");
            }
            RedisServer server = builder.build();
            server.start();
            return new EmbeddedRedisServer(server, port);
        } catch (IOException e) {
            throw new UncheckedIOException("embedded Redis did not start", e);
        }
    }

    String url() {
        return "redis://127.0.0.1:" + port;
    }

    @Override
    public void close() throws IOException {
        server.stop();
    }
}
