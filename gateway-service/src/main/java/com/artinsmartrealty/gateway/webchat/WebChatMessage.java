package com.artinsmartrealty.gateway.webchat;

import com.artinsmartrealty.contracts.chat.ReplyButton;
import java.time.Instant;
import java.util.List;

/**
 * One line of a web chat transcript, as the widget shows it.
 *
 * @param direction {@code in} from the visitor, {@code out} from the bot or an agent
 */
public record WebChatMessage(String id, String direction, String text, List<ReplyButton> buttons,
                             List<Attachment> attachments, Instant at) {

    public WebChatMessage {
        buttons = buttons == null ? List.of() : List.copyOf(buttons);
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    /** A file sent with an outbound message. */
    public record Attachment(String kind, String fileName, String mimeType, String ref) {
    }
}
