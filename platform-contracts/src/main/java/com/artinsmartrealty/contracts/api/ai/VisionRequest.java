package com.artinsmartrealty.contracts.api.ai;

import com.artinsmartrealty.contracts.chat.MediaRef;
import java.util.UUID;

/** {@code POST /internal/ai/vision}: a photo to property attributes and the tenant's matching listings. */
public record VisionRequest(MediaRef media, String languageHint, UUID leadId) {
}
