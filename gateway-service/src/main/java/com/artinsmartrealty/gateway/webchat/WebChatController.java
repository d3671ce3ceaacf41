package com.artinsmartrealty.gateway.webchat;

import com.artinsmartrealty.contracts.Channel;
import com.artinsmartrealty.contracts.chat.ChatMessageReceived;
import com.artinsmartrealty.contracts.chat.MessageContent;
import com.artinsmartrealty.contracts.chat.ReplyButton;
import com.artinsmartrealty.gateway.GatewayProperties;
import com.artinsmartrealty.gateway.inbound.InboundPublisher;
import com.artinsmartrealty.gateway.media.MediaFailure;
import com.artinsmartrealty.gateway.media.MediaResolver;
import com.artinsmartrealty.gateway.media.StoredFile;
import com.artinsmartrealty.gateway.ratelimit.RateLimiter;
import com.artinsmartrealty.gateway.tenants.Tenant;
import com.artinsmartrealty.gateway.tenants.TenantDirectory;
import com.artinsmartrealty.gateway.web.Page;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The website chat channel: sessions, messages in, replies as server-sent events and a transcript. */
@RestController
@RequestMapping("/webchat/{tenantSlug}/sessions")
@Tag(name = "webchat")
class WebChatController {

    private static final Duration HEARTBEAT = Duration.ofSeconds(15);

    private final TenantDirectory directory;
    private final WebChatStore store;
    private final InboundPublisher inbound;
    private final Clock clock;
    private final int maxTextLength;
    private final RateLimiter limiter;
    private final WebChatProperties limits;
    private final MediaResolver media;

    WebChatController(TenantDirectory directory, WebChatStore store, InboundPublisher inbound, Clock clock,
                      GatewayProperties properties, RateLimiter limiter, WebChatProperties limits,
                      MediaResolver media) {
        this.directory = directory;
        this.store = store;
        this.inbound = inbound;
        this.clock = clock;
        this.maxTextLength = properties.maxTextLength();
        this.limiter = limiter;
        this.limits = limits;
        this.media = media;
    }

    @PostMapping
    @Operation(summary = "Open a chat session with the agency's bot; 429 after too many from one address")
    Mono<ResponseEntity<Map<String, String>>> open(@PathVariable String tenantSlug, ServerHttpRequest request) {
        return tenant(tenantSlug)
                .flatMap(tenant -> limiter.acquire("gw:webchat:sessions:" + clientAddress(request),
                        limits.sessionsPerAddress(), limits.window()).thenReturn(tenant))
                .flatMap(tenant -> store.createSession(tenant.id()))
                .map(sessionId -> ResponseEntity.status(HttpStatus.CREATED).body(Map.of("sessionId", sessionId)));
    }

    @PostMapping(path = "/{sessionId}/messages", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Send {text} or {callbackData}; 429 beyond the per-session and per-address limits")
    Mono<ResponseEntity<Map<String, String>>> send(@PathVariable String tenantSlug, @PathVariable String sessionId,
                                                   @RequestBody WebChatInput input, ServerHttpRequest request) {
        MessageContent content = validated(input);
        return session(tenantSlug, sessionId)
                .flatMap(tenant -> limiter.acquire("gw:webchat:session:" + tenant.id() + ":" + sessionId,
                                limits.messagesPerSession(), limits.window())
                        .then(limiter.acquire("gw:webchat:address:" + clientAddress(request),
                                limits.messagesPerAddress(), limits.window()))
                        .thenReturn(tenant))
                .flatMap(tenant -> {
            String messageId = UUID.randomUUID().toString();
            return shownText(tenant, sessionId, content)
                    .flatMap(text -> store.append(tenant.id(), sessionId, new WebChatMessage(messageId, "in", text,
                            List.of(), List.of(), clock.instant())))
                    .then(inbound.publish(tenant.id(), new ChatMessageReceived(Channel.WEBCHAT, sessionId, messageId,
                            null, content, false, clock.instant())))
                    .thenReturn(ResponseEntity.accepted().body(Map.of("messageId", messageId)));
        });
    }

    @GetMapping(path = "/{sessionId}/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    Flux<ServerSentEvent<WebChatMessage>> events(@PathVariable String tenantSlug, @PathVariable String sessionId) {
        return session(tenantSlug, sessionId).flatMapMany(tenant -> Flux.merge(
                store.events(tenant.id(), sessionId)
                        .map(message -> ServerSentEvent.builder(message).id(message.id()).event("message").build()),
                Flux.interval(HEARTBEAT).map(tick -> ServerSentEvent.<WebChatMessage>builder().comment("keep-alive")
                        .build())));
    }

    @GetMapping("/{sessionId}/messages")
    Mono<Page<WebChatMessage>> transcript(@PathVariable String tenantSlug, @PathVariable String sessionId) {
        return session(tenantSlug, sessionId)
                .flatMap(tenant -> store.transcript(tenant.id(), sessionId).collectList())
                .map(items -> new Page<>(items, null));
    }

    /**
     * A file the bot sent in this session (the lead's report, a viewing's calendar file): only
     * attachments of the session's own transcript are served, so a reference cannot be guessed into.
     */
    @GetMapping("/{sessionId}/messages/{messageId}/attachments/{index}")
    @Operation(summary = "Download a file the bot sent in this session")
    Mono<ResponseEntity<byte[]>> attachment(@PathVariable String tenantSlug, @PathVariable String sessionId,
                                            @PathVariable String messageId, @PathVariable int index) {
        return session(tenantSlug, sessionId)
                .flatMap(tenant -> store.transcript(tenant.id(), sessionId)
                        .filter(message -> "out".equals(message.direction()) && message.id().equals(messageId))
                        .next()
                        .filter(message -> index >= 0 && index < message.attachments().size())
                        .map(message -> message.attachments().get(index))
                        .flatMap(attachment -> media.resolve(tenant.id(), attachment.ref())
                                .map(file -> download(file, attachment.fileName() != null ? attachment.fileName()
                                        : file.fileName()))))
                .onErrorMap(MediaFailure.class, failure -> new ResponseStatusException(failure.retryable()
                        ? HttpStatus.BAD_GATEWAY : HttpStatus.NOT_FOUND, "the file is not available"))
                .switchIfEmpty(Mono.error(new ResponseStatusException(HttpStatus.NOT_FOUND, "no such attachment")));
    }

    private static ResponseEntity<byte[]> download(StoredFile file, String fileName) {
        var response = ResponseEntity.ok()
                .contentType(contentType(file.mimeType()))
                .contentLength(file.content().length)
                .header("Cache-Control", "private, no-store");
        if (fileName != null) {
            response.header("Content-Disposition", ContentDisposition.attachment()
                    .filename(fileName, StandardCharsets.UTF_8).build().toString());
        }
        return response.body(file.content());
    }

    private static MediaType contentType(String mimeType) {
        try {
            return MediaType.parseMediaType(mimeType);
        } catch (IllegalArgumentException | NullPointerException e) {
            return MediaType.APPLICATION_OCTET_STREAM;
        }
    }

    /** The visitor's line as the transcript shows it: a pressed button shows its label. */
    private Mono<String> shownText(Tenant tenant, String sessionId, MessageContent content) {
        if (content instanceof MessageContent.ButtonPress press) {
            return store.transcript(tenant.id(), sessionId)
                    .filter(message -> "out".equals(message.direction()))
                    .flatMapIterable(WebChatMessage::buttons)
                    .filter(button -> button.callbackData().equals(press.callbackData()))
                    .map(ReplyButton::label)
                    .last(press.callbackData());
        }
        return Mono.just(((MessageContent.Text) content).text());
    }

    private MessageContent validated(WebChatInput input) {
        boolean hasText = input != null && input.text() != null && !input.text().isBlank();
        boolean hasButton = input != null && input.callbackData() != null && !input.callbackData().isEmpty();
        if (hasText == hasButton) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "send either text or callbackData");
        }
        if (hasText) {
            if (input.text().length() > maxTextLength) {
                throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
                        "text is longer than " + maxTextLength + " characters");
            }
            return new MessageContent.Text(input.text().strip());
        }
        if (input.callbackData().getBytes(StandardCharsets.UTF_8).length > ReplyButton.MAX_CALLBACK_DATA_BYTES) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "callbackData is too long");
        }
        return new MessageContent.ButtonPress(input.callbackData());
    }

    private static String clientAddress(ServerHttpRequest request) {
        InetSocketAddress remote = request.getRemoteAddress();
        return remote == null || remote.getAddress() == null ? "unknown" : remote.getAddress().getHostAddress();
    }

    private Mono<Tenant> tenant(String slug) {
        return directory.bySlug(slug)
                .filter(Tenant::active)
                .switchIfEmpty(Mono.error(new ResponseStatusException(HttpStatus.NOT_FOUND, "unknown agency")));
    }

    private Mono<Tenant> session(String slug, String sessionId) {
        return tenant(slug).flatMap(tenant -> store.touch(tenant.id(), sessionId)
                .filter(Boolean::booleanValue)
                .switchIfEmpty(Mono.error(new ResponseStatusException(HttpStatus.NOT_FOUND, "unknown session")))
                .thenReturn(tenant));
    }
}
