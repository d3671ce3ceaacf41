package com.artinsmartrealty.conversation.dialogue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** Reads the dialogue files. */
public final class Dialogues {

    public static final Path DIRECTORY = Path.of("src/test/resources/dialogues");

    private Dialogues() {
    }

    public static Stream<Dialogue> all() {
        try (Stream<Path> files = Files.list(DIRECTORY)) {
            return files.filter(file -> file.toString().endsWith(".yaml")).sorted().map(Dialogues::read).toList()
                    .stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Stream<Dialogue> overKafka() {
        return all().filter(Dialogue::kafka);
    }

    @SuppressWarnings("unchecked")
    static Dialogue read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            Map<String, Object> root = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            return new Dialogue(file, (String) root.get("name"), (String) root.get("client"),
                    (String) root.getOrDefault("channel", "telegram"), (String) root.get("senderPhone"),
                    (Map<String, Object>) root.getOrDefault("services", Map.of()),
                    Boolean.TRUE.equals(root.get("kafka")),
                    (List<Map<String, Object>>) root.get("turns"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
