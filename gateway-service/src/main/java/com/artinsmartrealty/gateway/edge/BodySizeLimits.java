package com.artinsmartrealty.gateway.edge;

import com.artinsmartrealty.platform.web.ProblemWriter;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Refuses request bodies over the limit of their endpoint with 413 and a problem body: by
 * {@code Content-Length} before anything is read, or while a chunked body streams in.
 */
@Component
class BodySizeLimits implements WebFilter, Ordered {

    private static final Pattern PHOTO_UPLOAD = Pattern.compile(
            "^/api/properties/[^/]+/photos$");

    private final EdgeProperties properties;

    BodySizeLimits(EdgeProperties properties) {
        this.properties = properties;
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 10;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        long limit = limitFor(exchange.getRequest().getPath().pathWithinApplication().value());
        long declared = exchange.getRequest().getHeaders().getContentLength();
        if (declared > limit) {
            return tooLarge(exchange, limit);
        }
        if (declared >= 0) {
            return chain.filter(exchange);
        }
        ServerHttpRequest limited = new ServerHttpRequestDecorator(exchange.getRequest()) {
            @Override
            public Flux<DataBuffer> getBody() {
                AtomicLong seen = new AtomicLong();
                return super.getBody().handle((buffer, sink) -> {
                    if (seen.addAndGet(buffer.readableByteCount()) > limit) {
                        org.springframework.core.io.buffer.DataBufferUtils.release(buffer);
                        sink.error(new ResponseStatusException(HttpStatus.CONTENT_TOO_LARGE,
                                "the request body is larger than " + limit + " bytes"));
                    } else {
                        sink.next(buffer);
                    }
                });
            }
        };
        return chain.filter(exchange.mutate().request(limited).build());
    }

    long limitFor(String path) {
        if (path.startsWith("/webhooks/")) {
            return properties.maxWebhookBody().toBytes();
        }
        if (path.startsWith("/webchat/")) {
            return properties.maxWebChatBody().toBytes();
        }
        if (path.equals("/api/properties/import") || path.equals("/api/ai/vision")
                || PHOTO_UPLOAD.matcher(path).matches()) {
            return properties.maxImportBody().toBytes();
        }
        if (path.equals("/api/ai/transcribe")) {
            return properties.maxVoiceBody().toBytes();
        }
        return properties.maxBody().toBytes();
    }

    private static Mono<Void> tooLarge(ServerWebExchange exchange, long limit) {
        return ProblemWriter.write(exchange, HttpStatus.CONTENT_TOO_LARGE,
                "The request body is larger than " + limit + " bytes.");
    }
}
