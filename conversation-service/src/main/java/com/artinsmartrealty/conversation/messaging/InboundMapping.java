package com.artinsmartrealty.conversation.messaging;

import com.artinsmartrealty.contracts.chat.AgentActionRequested;
import com.artinsmartrealty.contracts.chat.ChatMessageReceived;
import com.artinsmartrealty.contracts.chat.MediaRef;
import com.artinsmartrealty.contracts.chat.MessageContent;
import com.artinsmartrealty.conversation.state.Input;
import com.artinsmartrealty.conversation.state.Media;

/** Reads what arrives on {@code chat.inbound.v1} as the state machine's input. */
public final class InboundMapping {

    private InboundMapping() {
    }

    public static Input toInput(ChatMessageReceived message) {
        if (message.edited()) {
            return new Input.Edited();
        }
        return switch (message.content()) {
            case MessageContent.Text text -> Input.ofText(text.text());
            case MessageContent.ButtonPress press -> new Input.ButtonPressed(press.callbackData());
            case MessageContent.Voice voice -> new Input.VoiceNote(media(voice.media()), voice.durationSeconds());
            case MessageContent.Photo photo -> new Input.PhotoSent(media(photo.media()), photo.caption());
            case MessageContent.SharedContact contact -> new Input.ContactShared(contact.phoneNumber(),
                    contact.sendersOwn());
            case MessageContent.Document document -> new Input.Unexpected("document");
            case MessageContent.Location location -> new Input.Unexpected("location");
            case MessageContent.Unsupported unsupported -> new Input.Unexpected("unsupported");
        };
    }

    public static Input toInput(AgentActionRequested action) {
        return switch (action.action()) {
            case TAKEOVER -> new Input.AgentTookOver(action.agentId());
            case HANDBACK -> new Input.AgentHandedBack(action.agentId());
            case REPLY -> new Input.AgentReplied(action.agentId(), action.text());
        };
    }

    public static MediaRef toContract(Media media) {
        return new MediaRef(media.ref(), media.mimeType(), media.sizeBytes(), media.fileName());
    }

    private static Media media(MediaRef ref) {
        return new Media(ref.ref(), ref.mimeType(), ref.sizeBytes(), ref.fileName());
    }
}
