package com.artinsmartrealty.ai.knowledge;

import com.artinsmartrealty.ai.i18n.Language;
import com.artinsmartrealty.ai.retrieval.FaqDocument;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The demo agency's knowledge base as the local run seeds it, read from its Flyway script, so tests of
 * retrieval run on exactly the entries people see in the demo.
 */
public final class DemoKnowledgeBase {

    public static final String SCRIPT = "db/ai/demo/R__demo_knowledge_base.sql";
    private static final Pattern TRANSLATION = Pattern.compile(
            "\\('([0-9a-f-]{36})', '[0-9a-f-]{36}', '(fa|ar|en|ru)', '((?:[^']|'')*)',\\s*'((?:[^']|'')*)'\\)");
    private static final Pattern TOPIC = Pattern.compile(
            "insert into knowledge_entries \\(id, tenant_id, topic\\) values \\('([0-9a-f-]{36})', '[0-9a-f-]{36}', '([^']+)'\\)");

    private DemoKnowledgeBase() {
    }

    /** Every demo entry as the index reads it. */
    public static List<FaqDocument> documents() {
        String script = script();
        Map<UUID, Map<Language, FaqDocument.QuestionAnswer>> byEntry = new LinkedHashMap<>();
        Matcher matcher = TRANSLATION.matcher(script);
        while (matcher.find()) {
            byEntry.computeIfAbsent(UUID.fromString(matcher.group(1)), id -> new EnumMap<>(Language.class))
                    .put(Language.of(matcher.group(2)).orElseThrow(), new FaqDocument.QuestionAnswer(
                            matcher.group(3).replace("''", "'"), matcher.group(4).replace("''", "'")));
        }
        List<FaqDocument> documents = new ArrayList<>();
        byEntry.forEach((id, translations) -> documents.add(new FaqDocument(id, translations)));
        return documents;
    }

    /** The demo entries' ids by topic. */
    public static Map<String, UUID> idsByTopic() {
        Map<String, UUID> ids = new LinkedHashMap<>();
        Matcher matcher = TOPIC.matcher(script());
        while (matcher.find()) {
            ids.put(matcher.group(2), UUID.fromString(matcher.group(1)));
        }
        return ids;
    }

    private static String script() {
        try (InputStream in = DemoKnowledgeBase.class.getClassLoader().getResourceAsStream(SCRIPT)) {
            if (in == null) {
                throw new IllegalStateException("missing " + SCRIPT);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
