package com.artinsmartrealty.gateway.media;

import java.util.UUID;
import reactor.core.publisher.Mono;

/** Fetches the files behind one scheme of media reference ({@code telegram-file:}, {@code lead-report:}, ...). */
public interface MediaSource {

    /** The scheme with its colon, e.g. {@code telegram-file:}. */
    String scheme();

    /** The file; empty when there is none; {@link MediaFailure} when it cannot be fetched. */
    Mono<StoredFile> fetch(UUID tenantId, String ref);
}
