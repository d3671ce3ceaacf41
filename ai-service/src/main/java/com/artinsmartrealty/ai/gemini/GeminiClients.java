package com.artinsmartrealty.ai.gemini;

import com.google.genai.Client;
import com.google.genai.types.HttpOptions;
import com.google.genai.types.HttpRetryOptions;
import java.util.List;

/**
 * The {@code google-genai} client as the service uses it: the API key, the configured base URL, an HTTP
 * time-out a little longer than the provider's own time limit, and none of the client's own retries.
 * The client retries inside an OkHttp interceptor with {@code Thread.sleep}, and even with a single
 * attempt allowed it sleeps about a second (with jitter) before handing back a retryable status; an
 * empty list of retryable statuses is what turns that off, so the only retries are the provider's.
 */
public final class GeminiClients {

    private GeminiClients() {
    }

    public static Client create(GeminiProperties properties) {
        HttpOptions.Builder http = HttpOptions.builder()
                .timeout((int) properties.timeout().plusSeconds(5).toMillis())
                .retryOptions(HttpRetryOptions.builder().attempts(1).httpStatusCodes(List.of()).build());
        if (properties.apiUrl() != null) {
            http.baseUrl(properties.apiUrl());
        }
        return Client.builder().apiKey(properties.apiKey()).vertexAI(false).httpOptions(http.build()).build();
    }
}
