package com.artinsmartrealty.contracts.api.ai;

import com.artinsmartrealty.contracts.chat.MediaRef;
import java.util.UUID;

/** {@code POST /internal/ai/transcribe}: a voice note to transcript, language and entities. */
public record TranscribeRequest(MediaRef media, String languageHint, UUID leadId) {
}
