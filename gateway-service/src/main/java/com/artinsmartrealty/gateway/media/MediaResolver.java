package com.artinsmartrealty.gateway.media;

import com.artinsmartrealty.contracts.api.media.MediaRefs;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Turns any media reference of a tenant into bytes: {@code media:} from the store, other schemes from
 * their {@link MediaSource} (Telegram files, lead reports, calendar files).
 */
@Component
public class MediaResolver {

    private final MediaStore store;
    private final List<MediaSource> sources;

    MediaResolver(MediaStore store, List<MediaSource> sources) {
        this.store = store;
        this.sources = List.copyOf(sources);
    }

    /** True when some source understands the reference's scheme. */
    public boolean understands(String ref) {
        return ref != null && (ref.startsWith(MediaRefs.STORED)
                || sources.stream().anyMatch(source -> ref.startsWith(source.scheme())));
    }

    /** The file, or empty when the reference names nothing this tenant has. */
    public Mono<StoredFile> resolve(UUID tenantId, String ref) {
        if (ref == null) {
            return Mono.empty();
        }
        if (ref.startsWith(MediaRefs.STORED)) {
            return store.load(tenantId, ref);
        }
        return sources.stream()
                .filter(source -> ref.startsWith(source.scheme()))
                .findFirst()
                .map(source -> source.fetch(tenantId, ref))
                .orElseGet(() -> Mono.error(MediaFailure.permanent("unknown media reference scheme")));
    }
}
