package com.artinsmartrealty.conversation.messaging;

import com.artinsmartrealty.contracts.chat.ChatMessageReceived;
import com.artinsmartrealty.contracts.chat.MessageContent;
import com.artinsmartrealty.conversation.state.Input;

/** Reads an inbound chat message as the state machine's input. */
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
            case MessageContent.Voice voice -> new Input.VoiceNote(voice.media().ref(), voice.durationSeconds());
            case MessageContent.Photo photo -> new Input.PhotoSent(photo.media().ref(), photo.caption());
            case MessageContent.SharedContact contact -> new Input.ContactShared(contact.phoneNumber(),
                    contact.sendersOwn());
            case MessageContent.Document document -> new Input.Unexpected("document");
            case MessageContent.Location location -> new Input.Unexpected("location");
            case MessageContent.Unsupported unsupported -> new Input.Unexpected("unsupported");
        };
    }
}
