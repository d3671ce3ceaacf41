package com.artinsmartrealty.gateway.telegram;

import com.artinsmartrealty.contracts.api.media.MediaRefs;
import com.artinsmartrealty.contracts.chat.MediaRef;
import com.artinsmartrealty.gateway.media.MediaFailure;
import com.artinsmartrealty.gateway.media.MediaProperties;
import com.artinsmartrealty.gateway.media.MediaSource;
import com.artinsmartrealty.gateway.media.MediaStore;
import com.artinsmartrealty.gateway.media.StoredFile;
import com.artinsmartrealty.gateway.tenants.TelegramSettings;
import com.artinsmartrealty.gateway.tenants.TenantDirectory;
import com.pengrad.telegrambot.model.File;
import com.pengrad.telegrambot.request.GetFile;
import java.util.UUID;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

/**
 * Telegram files (voice notes, photos, documents): {@code getFile} then a download from the file
 * endpoint, stored once in the media store. {@code getFile} serves files of up to 20 MB; its
 * {@code file_path} is optional and has been seen missing on a first call, so a missing one is asked
 * for again. Also resolves {@code telegram-file:} references for other services.
 */
@Component
class TelegramFiles implements MediaSource {

    private static final int BOT_API_DOWNLOAD_LIMIT = 20 * 1024 * 1024;

    private final TelegramClient telegram;
    private final TenantDirectory directory;
    private final MediaStore store;
    private final TelegramProperties properties;
    private final int maxBytes;

    TelegramFiles(TelegramClient telegram, TenantDirectory directory, MediaStore store, TelegramProperties properties,
                  MediaProperties media) {
        this.telegram = telegram;
        this.directory = directory;
        this.store = store;
        this.properties = properties;
        this.maxBytes = (int) Math.min(BOT_API_DOWNLOAD_LIMIT, media.maxSize().toBytes());
    }

    @Override
    public String scheme() {
        return MediaRefs.TELEGRAM_FILE;
    }

    @Override
    public Mono<StoredFile> fetch(UUID tenantId, String ref) {
        return directory.telegram(tenantId)
                .switchIfEmpty(Mono.error(MediaFailure.permanent("the tenant has no Telegram bot")))
                .flatMap(settings -> stored(settings, new MediaRef(ref, "application/octet-stream", 0, null)))
                .flatMap(stored -> store.load(tenantId, stored.ref()));
    }

    /**
     * The stored copy of a {@code telegram-file:} reference, fetching it the first time; the
     * reference keeps the MIME type and name Telegram reported in the update.
     */
    Mono<MediaRef> stored(TelegramSettings settings, MediaRef telegramFile) {
        UUID tenantId = settings.tenantId();
        if (telegramFile.sizeBytes() > maxBytes) {
            return Mono.error(MediaFailure.tooLarge("the file is larger than " + maxBytes / (1024 * 1024) + " MB"));
        }
        return store.bySource(tenantId, telegramFile.ref())
                .switchIfEmpty(Mono.defer(() -> download(settings, telegramFile.ref().substring(scheme().length()))
                        .flatMap(bytes -> store.store(tenantId, telegramFile.ref(), new StoredFile(bytes,
                                telegramFile.mimeType(), telegramFile.fileName())))));
    }

    private Mono<byte[]> download(TelegramSettings settings, String fileId) {
        return telegram.execute(settings.botToken(), new GetFile(fileId))
                .map(response -> response.file())
                .flatMap(file -> {
                    if (file.fileSize() != null && file.fileSize() > maxBytes) {
                        return Mono.error(MediaFailure.tooLarge("the file is larger than " + maxBytes / (1024 * 1024)
                                + " MB"));
                    }
                    if (file.filePath() == null || file.filePath().isEmpty()) {
                        return Mono.error(new MissingFilePath());
                    }
                    return Mono.just(file);
                })
                .retryWhen(Retry.fixedDelay(properties.fileAttempts() - 1L, properties.fileRetryBackoff())
                        .filter(MissingFilePath.class::isInstance)
                        .onRetryExhaustedThrow((spec, signal) -> MediaFailure.retryable(
                                "getFile answered without a file_path " + properties.fileAttempts() + " times", null)))
                .flatMap((File file) -> telegram.download(settings.botToken(), file, maxBytes))
                .onErrorMap(DataBufferLimitException.class,
                        e -> MediaFailure.tooLarge("the file is larger than " + maxBytes / (1024 * 1024) + " MB"))
                .onErrorMap(TelegramApiException.class, e -> e.errorCode() == 400
                        ? MediaFailure.permanent("Telegram does not know this file: " + e.getMessage())
                        : MediaFailure.retryable("getFile failed: " + e.getMessage(), e))
                .onErrorMap(error -> !(error instanceof MediaFailure),
                        error -> MediaFailure.retryable("Telegram file download failed: " + error, error));
    }

    /** {@code getFile} answered without a {@code file_path}. */
    private static final class MissingFilePath extends RuntimeException {
        MissingFilePath() {
            super("file_path missing", null, false, false);
        }
    }
}
