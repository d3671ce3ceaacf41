package com.artinsmartrealty.gateway.inbound;

import com.artinsmartrealty.contracts.chat.ChatMessageReceived;
import com.artinsmartrealty.contracts.chat.MediaRef;
import com.artinsmartrealty.contracts.chat.MessageContent;
import java.util.Optional;

/** The file an inbound message carries, and the message with that file's reference replaced. */
public final class InboundMedia {

    private InboundMedia() {
    }

    /** The voice note, photo or document of the message, if it has one. */
    public static Optional<MediaRef> of(ChatMessageReceived message) {
        return Optional.ofNullable(switch (message.content()) {
            case MessageContent.Voice voice -> voice.media();
            case MessageContent.Photo photo -> photo.media();
            case MessageContent.Document document -> document.media();
            case MessageContent.Text text -> null;
            case MessageContent.ButtonPress press -> null;
            case MessageContent.SharedContact contact -> null;
            case MessageContent.Location location -> null;
            case MessageContent.Unsupported unsupported -> null;
        });
    }

    /** The same message pointing at {@code stored} instead of the channel's file. */
    public static ChatMessageReceived replaced(ChatMessageReceived message, MediaRef stored) {
        MessageContent content = switch (message.content()) {
            case MessageContent.Voice voice -> new MessageContent.Voice(stored, voice.durationSeconds());
            case MessageContent.Photo photo -> new MessageContent.Photo(stored, photo.caption());
            case MessageContent.Document document -> new MessageContent.Document(stored, document.caption());
            case MessageContent.Text text -> text;
            case MessageContent.ButtonPress press -> press;
            case MessageContent.SharedContact contact -> contact;
            case MessageContent.Location location -> location;
            case MessageContent.Unsupported unsupported -> unsupported;
        };
        return new ChatMessageReceived(message.channel(), message.chatId(), message.channelMessageId(),
                message.sender(), content, message.edited(), message.sentAt());
    }
}
