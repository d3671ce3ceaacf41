package com.artinsmartrealty.conversation.persistence;

import com.artinsmartrealty.contracts.chat.AgentActionRequested;
import com.artinsmartrealty.contracts.chat.ChatMessageReceived;
import com.artinsmartrealty.contracts.chat.MessageContent;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.UUID;

/**
 * What caused a turn, as the dashboard's transcript shows it: the user's text, the button they
 * pressed, the voice note or photo they sent (by reference), the contact they shared, or the agent's
 * action. Kept with the turn; erased with the conversation.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record InboundNote(Kind kind, String text, String callbackData, String mediaRef, String mimeType,
                          String phone, Boolean ownContact, UUID agentId) {

    /** What kind of thing arrived. */
    public enum Kind {
        TEXT, BUTTON, VOICE, PHOTO, CONTACT, DOCUMENT, LOCATION, OTHER, EDIT, TAKEOVER, HANDBACK, AGENT_REPLY
    }

    public static InboundNote of(ChatMessageReceived message) {
        if (message.edited()) {
            String text = message.content() instanceof MessageContent.Text edited ? edited.text() : null;
            return new InboundNote(Kind.EDIT, text, null, null, null, null, null, null);
        }
        return switch (message.content()) {
            case MessageContent.Text text -> new InboundNote(Kind.TEXT, text.text(), null, null, null, null, null, null);
            case MessageContent.ButtonPress press -> new InboundNote(Kind.BUTTON, null, press.callbackData(), null,
                    null, null, null, null);
            case MessageContent.Voice voice -> new InboundNote(Kind.VOICE, null, null, voice.media().ref(),
                    voice.media().mimeType(), null, null, null);
            case MessageContent.Photo photo -> new InboundNote(Kind.PHOTO, photo.caption(), null, photo.media().ref(),
                    photo.media().mimeType(), null, null, null);
            case MessageContent.Document document -> new InboundNote(Kind.DOCUMENT, document.caption(), null,
                    document.media().ref(), document.media().mimeType(), null, null, null);
            case MessageContent.SharedContact contact -> new InboundNote(Kind.CONTACT, null, null, null, null,
                    contact.phoneNumber(), contact.sendersOwn(), null);
            case MessageContent.Location location -> new InboundNote(Kind.LOCATION, null, null, null, null, null,
                    null, null);
            case MessageContent.Unsupported unsupported -> new InboundNote(Kind.OTHER, null, null, null, null, null,
                    null, null);
        };
    }

    public static InboundNote of(AgentActionRequested action) {
        Kind kind = switch (action.action()) {
            case TAKEOVER -> Kind.TAKEOVER;
            case HANDBACK -> Kind.HANDBACK;
            case REPLY -> Kind.AGENT_REPLY;
        };
        return new InboundNote(kind, null, null, null, null, null, null, action.agentId());
    }
}
