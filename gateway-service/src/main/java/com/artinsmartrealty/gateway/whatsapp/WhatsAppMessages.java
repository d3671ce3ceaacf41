package com.artinsmartrealty.gateway.whatsapp;

import com.artinsmartrealty.contracts.Channel;
import com.artinsmartrealty.contracts.chat.ChatMessageReceived;
import com.artinsmartrealty.contracts.chat.MediaRef;
import com.artinsmartrealty.contracts.chat.MessageContent;
import com.artinsmartrealty.contracts.chat.Sender;
import java.time.Instant;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * Reads a Cloud API webhook message ({@code value.messages[]}) as the platform's inbound message.
 * Text, button and list replies, template quick replies, audio and voice notes, images, documents,
 * locations and shared contacts are read; videos and stickers arrive as unsupported content (the bot
 * can say so); reactions, system messages and {@code unsupported} types yield nothing. Media keep
 * a {@code whatsapp-media:<id>} reference until the gateway has stored them.
 */
final class WhatsAppMessages {

    /** A received media file not fetched yet; it must be stored before the message is published. */
    static final String MEDIA_REF_PREFIX = "whatsapp-media:";

    private WhatsAppMessages() {
    }

    /**
     * The chat a message belongs to: the sender's {@code wa_id}, or their business-scoped user id when
     * the payload has no {@code from}.
     */
    static Optional<String> chatId(JsonNode message) {
        String from = message.path("from").asString("");
        if (!from.isEmpty()) {
            return Optional.of(from);
        }
        String userId = message.path("from_user_id").asString("");
        return userId.isEmpty() ? Optional.empty() : Optional.of(userId);
    }

    static Optional<ChatMessageReceived> toInbound(JsonNode message, JsonNode contacts, Instant receivedAt) {
        Optional<String> chat = chatId(message);
        String id = message.path("id").asString("");
        if (chat.isEmpty() || id.isEmpty()) {
            return Optional.empty();
        }
        return content(message, chat.get()).map(content -> new ChatMessageReceived(Channel.WHATSAPP, chat.get(), id,
                sender(message, contacts, chat.get()), content, false, sentAt(message, receivedAt)));
    }

    private static Optional<MessageContent> content(JsonNode message, String chatId) {
        String type = message.path("type").asString("");
        return switch (type) {
            case "text" -> nonEmpty(message.path("text").path("body").asString(""))
                    .map(MessageContent.Text::new);
            case "interactive" -> interactive(message.path("interactive"));
            case "button" -> {
                String payload = message.path("button").path("payload").asString("");
                String text = message.path("button").path("text").asString("");
                yield !payload.isEmpty() ? Optional.of(new MessageContent.ButtonPress(payload))
                        : nonEmpty(text).map(MessageContent.Text::new);
            }
            case "audio", "voice" -> media(message.path(type), null).map(media -> new MessageContent.Voice(media, 0));
            case "image" -> media(message.path("image"), null).map(media -> new MessageContent.Photo(media,
                    caption(message.path("image"))));
            case "document" -> media(message.path("document"), message.path("document").path("filename")
                    .asString(null)).map(media -> new MessageContent.Document(media, caption(message.path("document"))));
            case "location" -> {
                JsonNode location = message.path("location");
                yield location.path("latitude").isNumber() && location.path("longitude").isNumber()
                        ? Optional.of(new MessageContent.Location(location.path("latitude").asDouble(),
                        location.path("longitude").asDouble())) : Optional.empty();
            }
            case "contacts" -> contact(message.path("contacts").path(0), chatId);
            case "video", "sticker" -> Optional.of(new MessageContent.Unsupported("whatsapp " + type));
            default -> Optional.empty();
        };
    }

    private static Optional<MessageContent> interactive(JsonNode interactive) {
        String kind = interactive.path("type").asString("");
        JsonNode reply = switch (kind) {
            case "button_reply" -> interactive.path("button_reply");
            case "list_reply" -> interactive.path("list_reply");
            default -> null;
        };
        if (reply == null) {
            return Optional.empty();
        }
        return nonEmpty(reply.path("id").asString("")).map(MessageContent.ButtonPress::new);
    }

    /** A shared contact card; it is the sender's own when its WhatsApp id is the sender's. */
    private static Optional<MessageContent> contact(JsonNode card, String chatId) {
        JsonNode phone = card.path("phones").path(0);
        String number = phone.path("phone").asString("");
        if (number.isBlank()) {
            return Optional.empty();
        }
        String digits = number.replaceAll("[^0-9+]", "");
        String e164 = digits.startsWith("+") ? digits : "+" + digits;
        boolean own = chatId.equals(phone.path("wa_id").asString(""));
        return Optional.of(new MessageContent.SharedContact(e164, own));
    }

    private static Optional<MediaRef> media(JsonNode media, String fileName) {
        String id = media.path("id").asString("");
        if (id.isEmpty()) {
            return Optional.empty();
        }
        String mime = media.path("mime_type").asString("application/octet-stream");
        return Optional.of(new MediaRef(MEDIA_REF_PREFIX + id, mime.isBlank() ? "application/octet-stream" : mime, 0,
                fileName));
    }

    private static String caption(JsonNode media) {
        String caption = media.path("caption").asString("");
        return caption.isEmpty() ? null : caption;
    }

    private static Sender sender(JsonNode message, JsonNode contacts, String chatId) {
        JsonNode profile = null;
        for (JsonNode contact : contacts) {
            if (chatId.equals(contact.path("wa_id").asString("")) || chatId.equals(contact.path("user_id")
                    .asString(""))) {
                profile = contact.path("profile");
            }
        }
        String from = message.path("from").asString("");
        String phone = from.matches("[0-9]{6,15}") ? "+" + from : null;
        return new Sender(chatId, profile == null ? null : blankToNull(profile.path("name").asString("")),
                profile == null ? null : blankToNull(profile.path("username").asString("")), null, phone);
    }

    private static Instant sentAt(JsonNode message, Instant fallback) {
        try {
            return Instant.ofEpochSecond(Long.parseLong(message.path("timestamp").asString("")));
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private static Optional<String> nonEmpty(String value) {
        return value == null || value.isEmpty() ? Optional.empty() : Optional.of(value);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
