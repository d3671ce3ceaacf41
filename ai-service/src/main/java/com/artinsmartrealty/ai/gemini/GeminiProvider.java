package com.artinsmartrealty.ai.gemini;

import com.artinsmartrealty.ai.AiProperties;
import com.artinsmartrealty.ai.i18n.Language;
import com.artinsmartrealty.ai.i18n.Text;
import com.artinsmartrealty.ai.i18n.Texts;
import com.artinsmartrealty.ai.media.Media;
import com.artinsmartrealty.contracts.api.ai.Entities;
import com.artinsmartrealty.contracts.api.ai.MediaStatus;
import com.artinsmartrealty.contracts.api.ai.ReplyResponse;
import com.artinsmartrealty.contracts.api.ai.TranscribeResponse;
import com.artinsmartrealty.contracts.api.ai.UnderstandResponse;
import com.artinsmartrealty.contracts.api.ai.VisionResponse;
import com.artinsmartrealty.nlu.MessageReader;
import com.google.genai.types.Part;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * The four operations answered by Gemini. Each sends the fixed instruction, a JSON part of context and
 * the user's text, audio or photo as its own part, asks for JSON of a fixed schema, and reads the answer
 * with {@link GeminiReadings}. Errors are {@link ModelFailure}s; the caller answers them with its
 * fallback.
 */
public class GeminiProvider {

    public static final String PROVIDER = "gemini";

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int IMAGE_TOKENS = 1_500;

    private final GeminiModel model;
    private final GeminiProperties properties;
    private final AiProperties ai;
    private final Texts texts = Texts.instance();

    public GeminiProvider(GeminiModel model, GeminiProperties properties, AiProperties ai) {
        this.model = model;
        this.properties = properties;
        this.ai = ai;
    }

    public Mono<UnderstandResponse> understand(Requester requester, String text, Language hint, String expecting) {
        String contextJson = JSON.writeValueAsString(new UnderstandContext(expecting,
                hint == null ? null : hint.code(), ai.defaultCurrency()));
        ModelCall call = new ModelCall(Operation.UNDERSTAND, requester.tenantId(), requester.leadId(),
                requester.correlationId(), GeminiPrompts.UNDERSTAND,
                List.of(Part.fromText(contextJson), Part.fromText(text)), GeminiPrompts.understandSchema(),
                properties.maxOutputTokens().understand(), textTokens(GeminiPrompts.UNDERSTAND, contextJson, text));
        Entities found = MessageReader.read(text, hint == null ? null : hint.code(), ai.defaultCurrency()).entities();
        return model.generate(call).map(json -> {
            GeminiReadings.Understanding reading = GeminiReadings.understanding(json, found, ai.defaultCurrency());
            return new UnderstandResponse(reading.intent(), reading.language().code(), reading.entities(),
                    reading.confidence(), PROVIDER);
        });
    }

    public Mono<ReplyResponse> reply(Requester requester, String question, ReplyContext context) {
        String contextJson = JSON.writeValueAsString(context);
        ModelCall call = new ModelCall(Operation.REPLY, requester.tenantId(), requester.leadId(),
                requester.correlationId(), GeminiPrompts.REPLY,
                List.of(Part.fromText(contextJson), Part.fromText(question)), GeminiPrompts.replySchema(),
                properties.maxOutputTokens().reply(), textTokens(GeminiPrompts.REPLY, contextJson, question));
        return model.generate(call).map(json -> {
            GeminiReadings.Reply reply = GeminiReadings.reply(json, context.ids());
            boolean grounded = reply.answerable() && !reply.sources().isEmpty();
            return new ReplyResponse(reply.answer(), context.language(), grounded, reply.sources(),
                    !reply.answerable());
        });
    }

    public Mono<TranscribeResponse> transcribe(Requester requester, Media voice, Language hint) {
        String contextJson = JSON.writeValueAsString(new VoiceContext(hint == null ? null : hint.code(),
                ai.defaultCurrency()));
        ModelCall call = new ModelCall(Operation.TRANSCRIBE, requester.tenantId(), requester.leadId(),
                requester.correlationId(), GeminiPrompts.TRANSCRIBE,
                List.of(Part.fromText(contextJson), Part.fromBytes(voice.bytes(), voice.mimeType())),
                GeminiPrompts.transcribeSchema(), properties.maxOutputTokens().transcribe(),
                textTokens(GeminiPrompts.TRANSCRIBE, contextJson, "") + audioTokens(voice));
        Language fallbackLanguage = hint == null ? Language.EN : hint;
        return model.generate(call).map(json -> {
            GeminiReadings.Transcript transcript = GeminiReadings.transcript(json,
                    text -> MessageReader.read(text, hint == null ? null : hint.code(), ai.defaultCurrency())
                            .entities(), ai.defaultCurrency());
            if (!transcript.audible()) {
                return new TranscribeResponse(MediaStatus.FAILED, null, fallbackLanguage.code(), Entities.none(),
                        texts.get(fallbackLanguage, Text.VOICE_FAILED));
            }
            return new TranscribeResponse(MediaStatus.OK, transcript.text(), transcript.language().code(),
                    transcript.entities(), null);
        });
    }

    public Mono<VisionResponse.PhotoAttributes> describe(Requester requester, Media photo, Language language) {
        String contextJson = JSON.writeValueAsString(new PhotoContext(language.code()));
        ModelCall call = new ModelCall(Operation.VISION, requester.tenantId(), requester.leadId(),
                requester.correlationId(), GeminiPrompts.VISION,
                List.of(Part.fromText(contextJson), Part.fromBytes(photo.bytes(), photo.mimeType())),
                GeminiPrompts.visionSchema(), properties.maxOutputTokens().vision(),
                textTokens(GeminiPrompts.VISION, contextJson, "") + IMAGE_TOKENS);
        return model.generate(call).map(json -> {
            GeminiReadings.Photo seen = GeminiReadings.photo(json);
            return new VisionResponse.PhotoAttributes(seen.isProperty() ? seen.propertyType() : null,
                    seen.isProperty() ? seen.bedrooms() : null, seen.features(), seen.description());
        });
    }

    /** Text costs at most a token per three characters (Arabic script and Cyrillic tokenise densely). */
    static long textTokens(String... texts) {
        long characters = 0;
        for (String text : texts) {
            characters += text.length();
        }
        return characters / 3 + 1;
    }

    /**
     * Audio costs 32 tokens a second. The duration of a WAV file is in its header; for OGG/Opus and MP3
     * it is estimated from the lowest bitrates voice notes use (16 and 32 kbit/s), which overestimates.
     */
    static long audioTokens(Media voice) {
        long bytesPerSecond = switch (voice.mimeType()) {
            case "audio/wav" -> wavByteRate(voice.bytes());
            case "audio/mp3" -> 4_000;
            default -> 2_000;
        };
        return voice.size() * 32L / Math.max(1, bytesPerSecond) + 1;
    }

    private static long wavByteRate(byte[] bytes) {
        if (bytes.length < 32) {
            return 2_000;
        }
        long rate = ByteBuffer.wrap(bytes, 28, 4).order(ByteOrder.LITTLE_ENDIAN).getInt() & 0xffffffffL;
        return rate > 0 ? rate : 2_000;
    }

    /** What the model is told beside a message to understand: the pending question and the defaults. */
    record UnderstandContext(String expecting, String languageHint, String defaultCurrency) {
    }

    /** What the model is told beside a voice note. */
    record VoiceContext(String languageHint, String defaultCurrency) {
    }

    /** What the model is told beside a photo: the language to describe it in. */
    record PhotoContext(String language) {
    }
}
