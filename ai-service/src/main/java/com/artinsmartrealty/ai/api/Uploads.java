package com.artinsmartrealty.ai.api;

import com.artinsmartrealty.ai.media.Media;
import com.artinsmartrealty.ai.media.MediaKind;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.codec.multipart.FilePartEvent;
import org.springframework.http.codec.multipart.FormPartEvent;
import org.springframework.http.codec.multipart.PartEvent;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Reads a multipart upload as it streams in: the {@code file} part, at most {@code maxBytes} of a type
 * the kind accepts and whose bytes look like it, and short form fields. Nothing touches the disk and no
 * more than the limit is ever held: a larger file is {@code 413} as soon as the limit is passed, an
 * unsupported one {@code 415} before its content is read, a missing or empty one {@code 400}.
 */
final class Uploads {

    static final String FILE = "file";
    private static final int MAX_FIELD = 200;

    private Uploads() {
    }

    /** The uploaded media and the form fields sent with it. */
    record Upload(Media media, Map<String, String> fields) {

        Optional<String> field(String name) {
            return Optional.ofNullable(fields.get(name)).filter(value -> !value.isBlank());
        }
    }

    static Mono<Upload> read(Flux<PartEvent> events, MediaKind kind, long maxBytes) {
        Map<String, String> fields = new HashMap<>();
        Media[] file = new Media[1];
        // The first problem found; the rest of the body is still read, so the answer does not race a
        // client that is still sending (a socket closed with unread data is reset).
        ResponseStatusException[] problem = new ResponseStatusException[1];
        return events.windowUntil(PartEvent::isLast)
                .concatMap(part -> part.switchOnFirst((signal, partEvents) -> {
                    if (!signal.hasValue()) {
                        return partEvents.then();
                    }
                    PartEvent first = signal.get();
                    if (first instanceof FilePartEvent filePart && FILE.equals(filePart.name())) {
                        if (file[0] != null || problem[0] != null) {
                            note(problem, badRequest("only one file may be sent"));
                            return drain(partEvents);
                        }
                        MediaType declared = filePart.headers().getContentType();
                        String type = kind.canonicalType(declared == null ? null : declared.toString()).orElse(null);
                        if (type == null) {
                            note(problem, new ResponseStatusException(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                                    "unsupported " + kind.name().toLowerCase() + " type " + declared));
                            return drain(partEvents);
                        }
                        return content(partEvents, maxBytes, kind).doOnNext(bytes -> {
                            if (MediaKind.looksLike(bytes, type)) {
                                file[0] = new Media(kind, type, bytes);
                            } else {
                                note(problem, new ResponseStatusException(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                                        "the file is not " + type));
                            }
                        }).then();
                    }
                    if (first instanceof FormPartEvent form && form.value().length() <= MAX_FIELD) {
                        fields.put(form.name(), form.value());
                    }
                    return drain(partEvents);
                }))
                .then(Mono.fromCallable(() -> {
                    if (problem[0] != null) {
                        throw problem[0];
                    }
                    if (file[0] == null) {
                        throw badRequest("a non-empty multipart part named \"file\" is required");
                    }
                    return new Upload(file[0], Map.copyOf(fields));
                }));
    }

    private static void note(ResponseStatusException[] problem, ResponseStatusException found) {
        if (problem[0] == null) {
            problem[0] = found;
        }
    }

    private static Mono<byte[]> content(Flux<PartEvent> events, long maxBytes, MediaKind kind) {
        Flux<DataBuffer> buffers = events.map(PartEvent::content);
        return DataBufferUtils.join(buffers, (int) Math.min(maxBytes, Integer.MAX_VALUE))
                .map(buffer -> {
                    try {
                        byte[] bytes = new byte[buffer.readableByteCount()];
                        buffer.read(bytes);
                        return bytes;
                    } finally {
                        DataBufferUtils.release(buffer);
                    }
                })
                .filter(bytes -> bytes.length > 0)
                .onErrorMap(DataBufferLimitException.class, e -> new ResponseStatusException(
                        HttpStatus.CONTENT_TOO_LARGE, kind.name().toLowerCase() + " larger than "
                        + maxBytes / (1024 * 1024) + " MB"));
    }

    private static Mono<Void> drain(Flux<PartEvent> events) {
        return events.doOnNext(event -> DataBufferUtils.release(event.content())).then();
    }

    private static ResponseStatusException badRequest(String detail) {
        return new ResponseStatusException(HttpStatus.BAD_REQUEST, detail);
    }
}
