package com.artinsmartrealty.ai.assistant;

import com.artinsmartrealty.ai.gemini.GeminiProvider;
import com.artinsmartrealty.ai.gemini.ModelFailure;
import com.artinsmartrealty.ai.gemini.Requester;
import com.artinsmartrealty.ai.i18n.Language;
import com.artinsmartrealty.ai.i18n.Text;
import com.artinsmartrealty.ai.i18n.Texts;
import com.artinsmartrealty.ai.listings.ListingCatalogs;
import com.artinsmartrealty.ai.media.Media;
import com.artinsmartrealty.ai.media.MediaProblem;
import com.artinsmartrealty.ai.offline.OfflineReplies;
import com.artinsmartrealty.ai.vision.PerceptualHash;
import com.artinsmartrealty.ai.vision.PhotoFingerprints;
import com.artinsmartrealty.ai.vision.PhotoMatch;
import com.artinsmartrealty.contracts.api.ai.MediaStatus;
import com.artinsmartrealty.contracts.api.ai.VisionResponse;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Photos to property attributes and the tenant's listings they match. Matching is offline either way:
 * the photo's perceptual hash against the tenant's listing photos, which recognises a forwarded listing
 * photo however it was resized or recompressed. With Gemini on, the model describes what the photo shows;
 * without it (or when it fails), the matched listing's own facts describe it. A photo nothing can read is
 * {@code failed}, with the whitepaper's "send a clearer photo" in the user's language.
 */
@Component
public class PhotoReader {

    private static final Logger log = LoggerFactory.getLogger(PhotoReader.class);
    private static final int MAX_MATCHES = 5;

    private final MediaLoader media;
    private final PhotoFingerprints fingerprints;
    private final ListingCatalogs catalogs;
    private final Optional<GeminiProvider> gemini;
    private final Texts texts = Texts.instance();
    private final OfflineReplies offline = new OfflineReplies(texts);

    PhotoReader(MediaLoader media, PhotoFingerprints fingerprints, ListingCatalogs catalogs,
                ObjectProvider<GeminiProvider> gemini) {
        this.media = media;
        this.fingerprints = fingerprints;
        this.catalogs = catalogs;
        this.gemini = Optional.ofNullable(gemini.getIfAvailable());
    }

    public Mono<VisionResponse> read(Caller caller, MediaSource source, String languageHint, UUID leadId) {
        Language language = Language.of(languageHint).orElse(Language.EN);
        Requester requester = new Requester(caller.tenantId(), leadId, caller.correlationId());
        return Mono.defer(() -> {
                    media.checkDeclared(caller.tenantId(), source);
                    return media.load(caller.tenantId(), source);
                })
                .flatMap(photo -> hash(photo).flatMap(hash -> Mono.zip(matches(caller.tenantId(), hash),
                                describe(requester, photo, language))
                        .flatMap(found -> answer(caller.tenantId(), hash.isPresent(), found.getT1(), found.getT2(),
                                language))))
                .onErrorResume(Transcriber::unreadable, error -> {
                    MediaProblem problem = (MediaProblem) error;
                    log.info("Photo not read: {}", problem.reason());
                    return Mono.just(problem.reason() == MediaProblem.Reason.UNAVAILABLE
                            ? failure(MediaStatus.UNAVAILABLE, language) : failure(MediaStatus.FAILED, language));
                });
    }

    private static Mono<Optional<Long>> hash(Media photo) {
        return Mono.fromCallable(() -> PerceptualHash.decode(photo.bytes()).map(PerceptualHash::of))
                .subscribeOn(Schedulers.boundedElastic());
    }

    private Mono<List<PhotoMatch>> matches(UUID tenantId, Optional<Long> hash) {
        if (hash.isEmpty()) {
            return Mono.just(List.of());
        }
        return fingerprints.index(tenantId)
                .map(index -> index.matches(hash.get(), MAX_MATCHES))
                .onErrorResume(e -> {
                    log.warn("Listing photos of tenant {} unavailable: {}", tenantId, e.toString());
                    return Mono.just(List.of());
                });
    }

    private Mono<Description> describe(Requester requester, Media photo, Language language) {
        if (gemini.isEmpty()) {
            return Mono.just(new Description(Optional.empty(), false));
        }
        return gemini.get().describe(requester, photo, language)
                .map(attributes -> new Description(Optional.of(attributes), false))
                .onErrorResume(error -> {
                    if (error instanceof ModelFailure failure) {
                        log.info("Photo not described: {}", failure.reason());
                    } else {
                        log.error("Describing a photo with the model failed", error);
                    }
                    return Mono.just(new Description(Optional.empty(), true));
                });
    }

    private Mono<VisionResponse> answer(UUID tenantId, boolean decoded, List<PhotoMatch> matches,
                                        Description description, Language language) {
        List<VisionResponse.PhotoMatch> found = matches.stream()
                .map(match -> new VisionResponse.PhotoMatch(match.listingId(), match.score()))
                .toList();
        if (description.attributes().isPresent()) {
            return Mono.just(new VisionResponse(MediaStatus.OK, description.attributes().get(), found, null));
        }
        if (!matches.isEmpty()) {
            return catalogs.index(tenantId)
                    .map(index -> index.listing(matches.getFirst().listingId())
                            .map(listing -> new VisionResponse.PhotoAttributes(listing.type(), listing.bedrooms(),
                                    List.of(), offline.summary(listing, language)))
                            .orElse(null))
                    .onErrorResume(e -> Mono.empty())
                    .map(attributes -> new VisionResponse(MediaStatus.OK, attributes, found, null))
                    .defaultIfEmpty(new VisionResponse(MediaStatus.OK, null, found, null));
        }
        if (!decoded && gemini.isEmpty()) {
            return Mono.just(failure(MediaStatus.FAILED, language));
        }
        if (description.modelFailed()) {
            return Mono.just(failure(decoded ? MediaStatus.UNAVAILABLE : MediaStatus.FAILED, language));
        }
        return Mono.just(new VisionResponse(MediaStatus.OK, null, List.of(), null));
    }

    private VisionResponse failure(MediaStatus status, Language language) {
        return new VisionResponse(status, null, List.of(),
                texts.get(language, status == MediaStatus.UNAVAILABLE ? Text.IMAGE_UNAVAILABLE : Text.IMAGE_FAILED));
    }

    /** What the model said the photo shows, or whether it failed to say. */
    private record Description(Optional<VisionResponse.PhotoAttributes> attributes, boolean modelFailed) {
    }
}
