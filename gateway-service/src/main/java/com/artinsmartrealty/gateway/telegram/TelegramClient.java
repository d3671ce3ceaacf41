package com.artinsmartrealty.gateway.telegram;

import com.artinsmartrealty.gateway.GatewayProperties;
import com.pengrad.telegrambot.Callback;
import com.pengrad.telegrambot.TelegramBot;
import com.pengrad.telegrambot.request.BaseRequest;
import com.pengrad.telegrambot.response.BaseResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import okhttp3.OkHttpClient;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The Telegram Bot API through the pengrad client, one bot per tenant token, pointed at
 * {@code TELEGRAM_API_URL}. Calls use the client's asynchronous mode, so no thread waits on them.
 */
@Component
public class TelegramClient implements DisposableBean {

    private final String apiUrl;
    private final OkHttpClient http;
    private final Map<String, TelegramBot> bots = new ConcurrentHashMap<>();

    TelegramClient(GatewayProperties properties) {
        this.apiUrl = properties.telegramApiUrl() + "/bot";
        this.http = new OkHttpClient.Builder()
                .connectTimeout(Duration.ofSeconds(5))
                .readTimeout(Duration.ofSeconds(30))
                .callTimeout(Duration.ofSeconds(40))
                .build();
    }

    /** Runs a Bot API method; an {@code ok: false} answer fails with {@link TelegramApiException}. */
    public <T extends BaseRequest<T, R>, R extends BaseResponse> Mono<R> execute(String botToken, T request) {
        TelegramBot bot = bots.computeIfAbsent(botToken,
                token -> new TelegramBot.Builder(token).apiUrl(apiUrl).okHttpClient(http).build());
        return Mono.<R>create(sink -> {
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
        });
    }

    @Override
    public void destroy() {
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }
}
