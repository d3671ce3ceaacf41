package com.artinsmartrealty.conversation.dashboard;

import com.artinsmartrealty.contracts.Channel;
import com.artinsmartrealty.contracts.ChatKey;
import com.artinsmartrealty.contracts.chat.AgentActionRequested;
import com.artinsmartrealty.conversation.i18n.Messages;
import com.artinsmartrealty.conversation.persistence.ConversationQueries;
import com.artinsmartrealty.conversation.state.BookedViewing;
import com.artinsmartrealty.conversation.state.ConversationState;
import com.artinsmartrealty.conversation.state.Stage;
import com.artinsmartrealty.platform.security.CurrentPrincipal;
import com.artinsmartrealty.platform.security.PlatformPrincipal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Mono;

/**
 * The dashboard's conversations: the list (filters, cursor), one conversation with its transcript, and
 * an agent's takeover, handback and replies. The tenant comes from the token. Actions are accepted
 * (202) once they are on the chat's queue; they take effect in order with the user's messages.
 */
@RestController
@RequestMapping("/api/conversations")
class ConversationController {

    static final int DEFAULT_LIMIT = 20;
    static final int MAX_LIMIT = 100;
    static final int TRANSCRIPT_TURNS = 500;
    static final int MAX_REPLY_LENGTH = 4_096;
    private static final Set<String> STAGES = Set.of("START", "WARMUP", "SLOT_FILLING", "VALUE_PROPOSITION",
            "HARD_GATE", "ENGAGEMENT", "HANDOFF_SCHEDULE", "COMPLETED", "HUMAN_TAKEOVER");

    private final ConversationQueries queries;
    private final Transcripts transcripts;
    private final AgentActions actions;

    ConversationController(ConversationQueries queries, Transcripts transcripts, AgentActions actions) {
        this.queries = queries;
        this.transcripts = transcripts;
        this.actions = actions;
    }

    @GetMapping
    Mono<ConversationViews.Page<ConversationViews.Summary>> list(
            @RequestParam(required = false) String stage, @RequestParam(required = false) String channel,
            @RequestParam(required = false) String language, @RequestParam(required = false) Boolean takenOver,
            @RequestParam(required = false) String chatId, @RequestParam(required = false) String cursor,
            @RequestParam(required = false) Integer limit) {
        int size = limit == null ? DEFAULT_LIMIT : limit;
        if (size < 1 || size > MAX_LIMIT) {
            throw badRequest("limit must be between 1 and " + MAX_LIMIT);
        }
        ConversationQueries.Filter filter = new ConversationQueries.Filter(stage(stage), channel(channel),
                language(language), takenOver, chatId == null || chatId.isBlank() ? null : chatId);
        ConversationQueries.Position after = Cursors.parse(cursor);
        return CurrentPrincipal.tenantId()
                .flatMap(tenant -> queries.list(tenant, filter, after, size + 1).collectList())
                .map(found -> {
                    List<ConversationQueries.Summary> page = found.size() > size ? found.subList(0, size) : found;
                    ConversationQueries.Summary last = page.isEmpty() ? null : page.getLast();
                    String next = found.size() > size
                            ? Cursors.of(new ConversationQueries.Position(last.updatedAt(), last.id())) : null;
                    return new ConversationViews.Page<>(page.stream().map(ConversationController::summary).toList(),
                            next);
                });
    }

    @GetMapping("/{id}")
    Mono<ConversationViews.Detail> detail(@PathVariable String id) {
        UUID conversation = id(id);
        return CurrentPrincipal.tenantId().flatMap(tenant -> queries.find(tenant, conversation)
                .switchIfEmpty(Mono.error(notFound()))
                .flatMap(found -> queries.turns(tenant, conversation, TRANSCRIPT_TURNS + 1).collectList()
                        .map(turns -> detail(found, turns))));
    }

    @PostMapping("/{id}/takeover")
    Mono<ResponseEntity<Map<String, UUID>>> takeover(@PathVariable String id) {
        return act(id, AgentActionRequested.Action.TAKEOVER, null);
    }

    @PostMapping("/{id}/handback")
    Mono<ResponseEntity<Map<String, UUID>>> handback(@PathVariable String id) {
        return act(id, AgentActionRequested.Action.HANDBACK, null);
    }

    @PostMapping("/{id}/messages")
    Mono<ResponseEntity<Map<String, UUID>>> reply(@PathVariable String id, @RequestBody(required = false)
            AgentReply body) {
        String text = body == null || body.text() == null ? null : body.text().strip();
        if (text == null || text.isEmpty()) {
            throw badRequest("a reply needs text");
        }
        if (text.length() > MAX_REPLY_LENGTH) {
            throw badRequest("a reply has at most " + MAX_REPLY_LENGTH + " characters");
        }
        return act(id, AgentActionRequested.Action.REPLY, text);
    }

    private Mono<ResponseEntity<Map<String, UUID>>> act(String id, AgentActionRequested.Action action, String text) {
        UUID conversation = id(id);
        return CurrentPrincipal.get().flatMap(principal -> {
            UUID tenant = tenantOf(principal);
            UUID agent = principal.userId().orElseThrow(() ->
                    new ResponseStatusException(HttpStatus.FORBIDDEN, "only a person can act on a conversation"));
            return queries.find(tenant, conversation)
                    .switchIfEmpty(Mono.error(notFound()))
                    .flatMap(found -> actions.request(tenant, new ChatKey(tenant, found.channel(), found.chatId()),
                            conversation, agent, action, text))
                    .map(requestId -> ResponseEntity.accepted().body(Map.of("requestId", requestId)));
        });
    }

    private ConversationViews.Detail detail(ConversationQueries.Summary found,
                                            List<ConversationQueries.StoredTurn> turns) {
        boolean truncated = turns.size() > TRANSCRIPT_TURNS;
        Transcripts.Transcript transcript = transcripts.of(truncated ? turns.subList(1, turns.size()) : turns);
        ConversationState state = found.state();
        BookedViewing viewing = state.viewing();
        return new ConversationViews.Detail(found.id(), found.id(), found.channel(), found.chatId(), found.stage(),
                state.stage() instanceof Stage.HumanTakeover takeover ? takeover.resumeAt().name() : null,
                found.language(), state.source(), state.profile().toContract(), state.phone(), found.takenOverBy(),
                viewing == null ? null : new ConversationViews.Viewing(viewing.appointmentId(), viewing.label(),
                        viewing.start(), viewing.agentName()),
                found.createdAt(), found.updatedAt(), transcript.stages(), transcript.messages(), truncated);
    }

    private static ConversationViews.Summary summary(ConversationQueries.Summary found) {
        return new ConversationViews.Summary(found.id(), found.id(), found.channel(), found.chatId(), found.stage(),
                found.language(), found.takenOverBy(), found.state().profile().toContract(),
                found.state().phone() != null, found.createdAt(), found.updatedAt());
    }

    private static UUID tenantOf(PlatformPrincipal principal) {
        if (principal.tenantId() == null) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "a tenant-scoped token is required");
        }
        return principal.tenantId();
    }

    private static UUID id(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw notFound();
        }
    }

    private static String stage(String stage) {
        if (stage == null || stage.isBlank()) {
            return null;
        }
        String name = stage.strip().toUpperCase(java.util.Locale.ROOT);
        if (!STAGES.contains(name)) {
            throw badRequest("unknown stage " + stage);
        }
        return name;
    }

    private static Channel channel(String channel) {
        if (channel == null || channel.isBlank()) {
            return null;
        }
        try {
            return Channel.fromWireName(channel.strip());
        } catch (IllegalArgumentException e) {
            throw badRequest("unknown channel " + channel);
        }
    }

    private static String language(String language) {
        if (language == null || language.isBlank()) {
            return null;
        }
        if (!Messages.LANGUAGES.contains(language)) {
            throw badRequest("language is one of " + Messages.LANGUAGES);
        }
        return language;
    }

    private static ResponseStatusException badRequest(String reason) {
        return new ResponseStatusException(HttpStatus.BAD_REQUEST, reason);
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "no such conversation");
    }

    /** An agent's reply: {@code {"text"}}. */
    record AgentReply(String text) {
    }
}
