package com.artinsmartrealty.ai.assistant;

import com.artinsmartrealty.ai.media.Media;
import com.artinsmartrealty.ai.media.MediaKind;
import com.artinsmartrealty.contracts.chat.MediaRef;

/** Where a voice note or photo comes from: a reference to the gateway's media store, or an upload in hand. */
public sealed interface MediaSource {

    MediaKind kind();

    /** A file the gateway stored; fetched only when a provider needs its bytes. */
    record Stored(MediaRef ref, MediaKind kind) implements MediaSource {
    }

    /** A file uploaded with the request, already checked. */
    record Uploaded(Media media) implements MediaSource {
        @Override
        public MediaKind kind() {
            return media.kind();
        }
    }
}
