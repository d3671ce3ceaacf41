package com.artinsmartrealty.gateway.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Channel payloads from {@code src/test/resources/payloads}, placeholders filled in. */
public final class Payloads {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([a-z0-9]+)}}");

    private Payloads() {
    }

    /** {@code telegram/voice.json} with {@code {{name}}} replaced from {@code values}; a missing value fails. */
    public static String load(String path, Map<String, ?> values) {
        String template = read(path);
        Matcher matcher = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            Object value = values.get(matcher.group(1));
            if (value == null) {
                throw new IllegalArgumentException(path + " needs a value for " + matcher.group(1));
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(value.toString()));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private static String read(String path) {
        try (InputStream in = Payloads.class.getResourceAsStream("/payloads/" + path)) {
            if (in == null) {
                throw new IllegalArgumentException("no payload " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
