package com.artinsmartrealty.gateway.whatsapp;

import com.artinsmartrealty.contracts.Channel;
import com.artinsmartrealty.contracts.chat.Attachment;
import com.artinsmartrealty.contracts.chat.ReplyButton;
import com.artinsmartrealty.contracts.chat.ReplyComposed;
import com.artinsmartrealty.gateway.media.MediaFailure;
import com.artinsmartrealty.gateway.media.MediaResolver;
import com.artinsmartrealty.gateway.outbound.ChannelSender;
import com.artinsmartrealty.gateway.outbound.Delivery;
import com.artinsmartrealty.gateway.outbound.DeliveryFailure;
import com.artinsmartrealty.gateway.outbound.DeliveryStatus;
import com.artinsmartrealty.gateway.outbound.DeliveryStore;
import com.artinsmartrealty.gateway.outbound.Outcome;
import com.artinsmartrealty.gateway.outbound.OutboundProperties;
import com.artinsmartrealty.gateway.outbound.Pacer;
import com.artinsmartrealty.gateway.outbound.PartKind;
import com.artinsmartrealty.gateway.outbound.TextChunks;
import com.artinsmartrealty.gateway.tenants.TenantDirectory;
import com.artinsmartrealty.gateway.tenants.WhatsAppSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClientException;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.node.ObjectNode;

/**
 * Sends a reply to a WhatsApp user through the Cloud API. Inside the 24-hour window: the text
 * (split at 4096 characters), choices as reply buttons (up to 3) or lists (up to 10 rows each), and
 * documents uploaded then sent. Outside it — known from the window, or learned from error 131047 —
 * the tenant's approved template goes instead. Paced per business number (throughput) and per
 * user (pair rate).
 */
@Component
class WhatsAppSender implements ChannelSender {

    private static final Logger log = LoggerFactory.getLogger(WhatsAppSender.class);

    private final TenantDirectory directory;
    private final GraphApi graph;
    private final WhatsAppWindow window;
    private final MediaResolver media;
    private final Pacer pacer;
    private final OutboundProperties pacing;
    private final DeliveryStore deliveries;

    WhatsAppSender(TenantDirectory directory, GraphApi graph, WhatsAppWindow window, MediaResolver media, Pacer pacer,
                   OutboundProperties pacing, DeliveryStore deliveries) {
        this.deliveries = deliveries;
        this.directory = directory;
        this.graph = graph;
        this.window = window;
        this.media = media;
        this.pacer = pacer;
        this.pacing = pacing;
    }

    @Override
    public Channel channel() {
        return Channel.WHATSAPP;
    }

    @Override
    public Mono<Outcome> send(Delivery delivery) {
        ReplyComposed reply = delivery.reply();
        return directory.whatsapp(delivery.tenantId())
                .switchIfEmpty(Mono.error(DeliveryFailure.rejected(null, "the tenant has no WhatsApp number")))
                .flatMap(settings -> window.open(delivery.tenantId(), reply.chatId()).flatMap(open -> {
                    if (!open) {
                        log.info("WhatsApp window closed for reply {}; sending the template", reply.messageId());
                        return sendTemplate(settings, delivery, delivery.partsSent());
                    }
                    return Flux.fromIterable(parts(reply, delivery.tenantId(), settings))
                            .index()
                            .skip(delivery.partsSent())
                            .concatMap(indexed -> sendPart(settings, reply.chatId(), indexed.getT1().intValue(),
                                    indexed.getT2(), delivery::partSent))
                            .then(Mono.just(Outcome.SENT))
                            .onErrorResume(WindowClosed.class, closed -> {
                                log.info("WhatsApp answered 131047 for reply {}; sending the template",
                                        reply.messageId());
                                return sendTemplate(settings, delivery, delivery.partsSent());
                            });
                }));
    }

    /**
     * Sends the tenant's approved template as part {@code index}; a tenant without one cannot reach
     * the user outside the window, and the message is refused.
     */
    Mono<Outcome> sendTemplate(WhatsAppSettings settings, Delivery delivery, int index) {
        return sendTemplate(settings, delivery.reply().chatId(), index, delivery::partSent);
    }

    /**
     * The asynchronous path of 131047: a message the API accepted was then reported failed because
     * the window had closed; the template goes to {@code chatId} as the delivery's next part.
     */
    Mono<Void> sendTemplateAfterFailure(WhatsAppSettings settings, UUID tenantId, UUID messageId, String chatId,
                                        int index) {
        return sendTemplate(settings, chatId, index, (part, wamid, kind) -> deliveries.recordPart(tenantId,
                        Channel.WHATSAPP, messageId, part, wamid, kind))
                .then(deliveries.finish(tenantId, messageId, DeliveryStatus.TEMPLATE_SENT, "131047",
                        "the window was closed; the approved template was sent instead"));
    }

    private Mono<Outcome> sendTemplate(WhatsAppSettings settings, String to, int index, PartRecorder recorder) {
        if (!settings.hasTemplate()) {
            return Mono.error(DeliveryFailure.rejected("131047",
                    "the 24-hour window is closed and the tenant has no approved template"));
        }
        Part template = new Part(PartKind.TEMPLATE, recipient -> Mono.just(WhatsAppRendering.template(
                graph.newMessage(recipient), settings.templateName(), settings.templateLanguage())));
        return sendPart(settings, to, index, template, recorder)
                .onErrorMap(WindowClosed.class, closed -> DeliveryFailure.rejected("131047",
                        "the template was refused as a re-engagement message"))
                .thenReturn(Outcome.TEMPLATE_SENT);
    }

    private Mono<Void> sendPart(WhatsAppSettings settings, String to, int index, Part part, PartRecorder recorder) {
        return pacer.await("gw:pace:wa:number:" + settings.phoneNumberId(), pacing.whatsappPerNumber())
                .then(pacer.await("gw:pace:wa:pair:" + settings.phoneNumberId() + ":" + to, pacing.whatsappPerUser()))
                .then(Mono.defer(() -> part.body().apply(to)))
                .flatMap(body -> graph.send(settings, body))
                .onErrorMap(WhatsAppSender::failure)
                .flatMap(wamid -> recorder.record(index, wamid, part.kind()));
    }

    /** The messages a reply becomes inside the window, in order. */
    List<Part> parts(ReplyComposed reply, UUID tenantId, WhatsAppSettings settings) {
        List<Part> parts = new ArrayList<>();
        List<ReplyButton> choices = reply.requestContact() ? List.of() : reply.buttons();
        List<String> chunks = TextChunks.split(reply.text(), WhatsAppRendering.MAX_TEXT);
        String lastChunk = chunks.isEmpty() ? null : chunks.getLast();
        boolean choicesCarryLastChunk = !choices.isEmpty() && lastChunk != null
                && lastChunk.length() <= WhatsAppRendering.MAX_INTERACTIVE_BODY;
        for (int i = 0; i < chunks.size(); i++) {
            String chunk = chunks.get(i);
            if (i == chunks.size() - 1 && choicesCarryLastChunk) {
                break;
            }
            parts.add(new Part(PartKind.TEXT, to -> Mono.just(WhatsAppRendering.text(graph.newMessage(to), chunk))));
        }
        boolean asButtons = WhatsAppRendering.fitsButtons(choices);
        for (int from = 0; from < choices.size(); from += WhatsAppRendering.MAX_ROWS) {
            List<ReplyButton> page = choices.subList(from, Math.min(choices.size(), from + WhatsAppRendering.MAX_ROWS));
            String body = from == 0 && choicesCarryLastChunk ? lastChunk : WhatsAppRendering.prompt(reply.language());
            parts.add(new Part(PartKind.INTERACTIVE, to -> Mono.just(asButtons
                    ? WhatsAppRendering.buttons(graph.newMessage(to), body, page)
                    : WhatsAppRendering.list(graph.newMessage(to), body, page, reply.language()))));
        }
        for (Attachment attachment : reply.attachments()) {
            parts.add(new Part(PartKind.DOCUMENT, to -> media.resolve(tenantId, attachment.media().ref())
                    .switchIfEmpty(Mono.error(DeliveryFailure.rejected(null, "attachment not found")))
                    .flatMap(file -> {
                        String name = attachment.media().fileName() != null ? attachment.media().fileName()
                                : file.fileName();
                        return graph.upload(settings, file.content(), file.mimeType(),
                                        name == null ? "document" : name)
                                .map(mediaId -> attachment.kind() == Attachment.Kind.PHOTO
                                        ? WhatsAppRendering.image(graph.newMessage(to), mediaId, attachment.caption())
                                        : WhatsAppRendering.document(graph.newMessage(to), mediaId, name,
                                        attachment.caption()));
                    })));
        }
        return parts;
    }

    /** A Graph API error or a network failure in the terms outbound delivery acts on. */
    static Throwable failure(Throwable error) {
        if (error instanceof DeliveryFailure || error instanceof WindowClosed) {
            return error;
        }
        if (error instanceof GraphApiException graph) {
            String code = Integer.toString(graph.code());
            return switch (graph.code()) {
                case GraphApiException.RE_ENGAGEMENT -> new WindowClosed();
                // Throttling: the app, the business account, the number's throughput, the pair rate.
                case 4, 80007, 130429, 131056, 131057 -> DeliveryFailure.transientError(code, graph.getMessage(), graph);
                // Temporary errors on Meta's side.
                case 1, 2, 131000, 131016 -> DeliveryFailure.transientError(code, graph.getMessage(), graph);
                default -> graph.httpStatus() >= 500 || graph.httpStatus() == 429
                        ? DeliveryFailure.transientError(code, graph.getMessage(), graph)
                        : DeliveryFailure.rejected(code, graph.getMessage());
            };
        }
        if (error instanceof MediaFailure mediaFailure) {
            return mediaFailure.retryable() ? DeliveryFailure.transientError(null, mediaFailure.getMessage(),
                    mediaFailure) : DeliveryFailure.rejected(null, mediaFailure.getMessage());
        }
        if (error instanceof WebClientException || error instanceof java.util.concurrent.TimeoutException) {
            return DeliveryFailure.transientError(null, "Graph API unreachable: " + error.getMessage(), error);
        }
        return DeliveryFailure.transientError(null, error.getClass().getSimpleName() + ": " + error.getMessage(),
                error);
    }

    /** Where an accepted part is recorded. */
    @FunctionalInterface
    interface PartRecorder {
        Mono<Void> record(int index, String wamid, PartKind kind);
    }

    /** One message of a reply: its kind and how to build its body for a recipient. */
    record Part(PartKind kind, Function<String, Mono<ObjectNode>> body) {
    }

    /** Error 131047: the window is closed after all. */
    static final class WindowClosed extends RuntimeException {
        WindowClosed() {
            super("131047 re-engagement message", null, false, false);
        }
    }
}
