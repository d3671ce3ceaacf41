package com.artinsmartrealty.gateway.telegram;

import com.artinsmartrealty.gateway.GatewayProperties;
import com.pengrad.telegrambot.Callback;
import com.pengrad.telegrambot.TelegramBot;
import com.pengrad.telegrambot.model.File;
import com.pengrad.telegrambot.request.BaseRequest;
import com.pengrad.telegrambot.response.BaseResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * The Telegram Bot API through the pengrad client, one bot per tenant token, pointed at
 * {@code TELEGRAM_API_URL}. Calls use the client's asynchronous mode, so no thread waits on them;
 * files are downloaded with a size limit through a reactive HTTP client.
 */
@Component
public class TelegramClient implements DisposableBean {

    private static final Duration DOWNLOAD_TIMEOUT = Duration.ofSeconds(60);

    private final String apiUrl;
    private final String fileApiUrl;
    private final OkHttpClient http;
    private final WebClient.Builder web;
    private final Cache<String, TelegramBot> bots = Caffeine.newBuilder().maximumSize(10_000)
            .expireAfterAccess(Duration.ofHours(6)).build();

    TelegramClient(GatewayProperties properties, WebClient.Builder web) {
        this.apiUrl = properties.telegramApiUrl() + "/bot";
        this.fileApiUrl = properties.telegramApiUrl() + "/file/bot";
        this.web = web;
        this.http = new OkHttpClient.Builder()
                .connectTimeout(5, TimeUnit.SECONDS)
                .readTimeout(30, TimeUnit.SECONDS)
                .callTimeout(80, TimeUnit.SECONDS)
                .build();
        http.dispatcher().setMaxRequestsPerHost(64);
        http.dispatcher().setMaxRequests(256);
    }

    /** Runs a Bot API method; an {@code ok: false} answer fails with {@link TelegramApiException}. */
    public <T extends BaseRequest<T, R>, R extends BaseResponse> Mono<R> execute(String botToken, T request) {
        return bot(botToken).flatMap(bot -> Mono.<R>create(sink -> {
            var call = bot.execute(request, new Callback<T, R>() {
                @Override
                public void onResponse(T sent, R response) {
                    if (response.isOk()) {
                        sink.success(response);
                    } else {
                        Integer retryAfter = response.parameters() == null ? null
                                : response.parameters().retryAfter();
                        sink.error(new TelegramApiException(sent.getMethod(), response.errorCode(),
                                response.description(), retryAfter));
                    }
                }

                @Override
                public void onFailure(T sent, IOException failure) {
                    sink.error(failure);
                }
            });
            sink.onCancel(call::cancel);
        }));
    }

    /**
     * Downloads a file {@code getFile} described (it must have a {@code file_path}); fails with
     * {@link DataBufferLimitException} beyond {@code maxBytes}.
     */
    public Mono<byte[]> download(String botToken, File file, int maxBytes) {
        return bot(botToken).flatMap(bot -> web.clone()
                .codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(maxBytes))
                .build()
                .get().uri(java.net.URI.create(bot.getFullFilePath(file)))
                .retrieve()
                .bodyToMono(byte[].class)
                .timeout(DOWNLOAD_TIMEOUT));
    }

    /**
     * The client of one bot. The pengrad builder sets up a TLS context of its own when it is created
     * (reading the system's random source), so a bot seen for the first time is built off the event loop.
     */
    private Mono<TelegramBot> bot(String botToken) {
        TelegramBot known = bots.getIfPresent(botToken);
        if (known != null) {
            return Mono.just(known);
        }
        return Mono.fromCallable(() -> bots.get(botToken, token -> new TelegramBot.Builder(token).apiUrl(apiUrl)
                        .fileApiUrl(fileApiUrl).okHttpClient(http).build()))
                .subscribeOn(Schedulers.boundedElastic());
    }

    @Override
    public void destroy() {
        http.dispatcher().cancelAll();
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }
}
