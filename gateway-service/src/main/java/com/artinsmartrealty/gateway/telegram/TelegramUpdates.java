package com.artinsmartrealty.gateway.telegram;

import com.artinsmartrealty.contracts.Channel;
import com.artinsmartrealty.contracts.chat.ChatMessageReceived;
import com.artinsmartrealty.contracts.chat.MediaRef;
import com.artinsmartrealty.contracts.chat.MessageContent;
import com.artinsmartrealty.contracts.chat.Sender;
import com.pengrad.telegrambot.model.CallbackQuery;
import com.pengrad.telegrambot.model.Chat;
import com.pengrad.telegrambot.model.ChatMember;
import com.pengrad.telegrambot.model.ChatMemberUpdated;
import com.pengrad.telegrambot.model.Message;
import com.pengrad.telegrambot.model.PhotoSize;
import com.pengrad.telegrambot.model.Update;
import com.pengrad.telegrambot.model.User;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Optional;

/**
 * Reads a Telegram update as the platform's inbound message. Only private chats are conversations:
 * groups, supergroups, channel posts and update kinds the platform does not use yield nothing (the
 * webhook still answers 200, so Telegram does not retry them).
 */
final class TelegramUpdates {

    /** Telegram media stay on Telegram's servers until fetched; the reference names the file there. */
    static final String FILE_REF_PREFIX = "telegram-file:";

    private TelegramUpdates() {
    }

    static Optional<ChatMessageReceived> toInbound(Update update, Instant receivedAt) {
        String updateId = String.valueOf(update.updateId());
        if (update.callbackQuery() != null) {
            return fromCallback(update.callbackQuery(), updateId, receivedAt);
        }
        if (update.message() != null) {
            return fromMessage(update.message(), updateId, false);
        }
        if (update.editedMessage() != null) {
            return fromMessage(update.editedMessage(), updateId, true);
        }
        return Optional.empty();
    }

    /**
     * The user blocked ({@code kicked}) or unblocked the bot in a private chat, from a
     * {@code my_chat_member} update; empty for anything else.
     */
    static Optional<Membership> membership(Update update) {
        ChatMemberUpdated change = update.myChatMember();
        if (change == null || !isPrivate(change.chat()) || change.newChatMember() == null
                || change.newChatMember().status() == null) {
            return Optional.empty();
        }
        ChatMember.Status status = change.newChatMember().status();
        String chatId = String.valueOf(change.chat().id());
        return switch (status) {
            case kicked, left -> Optional.of(new Membership(chatId, false));
            case member -> Optional.of(new Membership(chatId, true));
            default -> Optional.empty();
        };
    }

    /** Whether the bot may write to a private chat, as a {@code my_chat_member} update says. */
    record Membership(String chatId, boolean reachable) {
    }

    private static Optional<ChatMessageReceived> fromCallback(CallbackQuery query, String updateId,
                                                              Instant receivedAt) {
        if (query.data() == null || query.maybeInaccessibleMessage() == null
                || !isPrivate(query.maybeInaccessibleMessage().chat())) {
            return Optional.empty();
        }
        Chat chat = query.maybeInaccessibleMessage().chat();
        return Optional.of(new ChatMessageReceived(Channel.TELEGRAM, String.valueOf(chat.id()), updateId,
                sender(query.from()), new MessageContent.ButtonPress(query.data()), false, receivedAt));
    }

    private static Optional<ChatMessageReceived> fromMessage(Message message, String updateId, boolean edited) {
        if (message.chat() == null || !isPrivate(message.chat())) {
            return Optional.empty();
        }
        Instant sentAt = message.date() == null ? Instant.EPOCH : Instant.ofEpochSecond(message.date());
        return Optional.of(new ChatMessageReceived(Channel.TELEGRAM, String.valueOf(message.chat().id()), updateId,
                sender(message.from()), content(message), edited, sentAt));
    }

    private static MessageContent content(Message message) {
        if (message.text() != null) {
            return new MessageContent.Text(message.text());
        }
        if (message.contact() != null && message.contact().phoneNumber() != null
                && !message.contact().phoneNumber().isBlank()) {
            var contact = message.contact();
            boolean own = contact.userId() != null && message.from() != null
                    && contact.userId().equals(message.from().id());
            String phone = contact.phoneNumber().startsWith("+") ? contact.phoneNumber() : "+" + contact.phoneNumber();
            return new MessageContent.SharedContact(phone, own);
        }
        if (message.voice() != null) {
            var voice = message.voice();
            return new MessageContent.Voice(media(voice.fileId(), voice.mimeType(), voice.fileSize(), null),
                    voice.duration() == null ? 0 : voice.duration());
        }
        if (message.audio() != null) {
            var audio = message.audio();
            return new MessageContent.Voice(media(audio.fileId(), audio.mimeType(), audio.fileSize(),
                    audio.fileName()), audio.duration() == null ? 0 : audio.duration());
        }
        if (message.photo() != null && message.photo().length > 0) {
            PhotoSize largest = Arrays.stream(message.photo())
                    .max(Comparator.comparingLong(size -> (long) size.width() * size.height()))
                    .orElseThrow();
            return new MessageContent.Photo(media(largest.fileId(), "image/jpeg", largest.fileSize(), null),
                    message.caption());
        }
        if (message.document() != null) {
            var document = message.document();
            return new MessageContent.Document(media(document.fileId(), document.mimeType(), document.fileSize(),
                    document.fileName()), message.caption());
        }
        if (message.location() != null && message.location().latitude() != null
                && message.location().longitude() != null) {
            return new MessageContent.Location(message.location().latitude(), message.location().longitude());
        }
        return new MessageContent.Unsupported("telegram message without text, media or contact");
    }

    private static MediaRef media(String fileId, String mimeType, Long size, String fileName) {
        return new MediaRef(FILE_REF_PREFIX + fileId, mimeType == null ? "application/octet-stream" : mimeType,
                size == null ? 0 : size, fileName);
    }

    private static Sender sender(User user) {
        if (user == null) {
            return null;
        }
        String name = user.lastName() == null ? user.firstName() : user.firstName() + " " + user.lastName();
        return new Sender(String.valueOf(user.id()), name, user.username(), user.languageCode(), null);
    }

    private static boolean isPrivate(Chat chat) {
        return chat != null && chat.type() == Chat.Type.Private;
    }
}
