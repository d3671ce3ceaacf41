package com.artinsmartrealty.ai;

import com.artinsmartrealty.ai.i18n.Language;
import com.artinsmartrealty.ai.i18n.Text;
import com.artinsmartrealty.ai.i18n.Texts;
import com.artinsmartrealty.ai.offline.OfflineUnderstanding;
import com.artinsmartrealty.ai.retrieval.FaqDocument;
import com.artinsmartrealty.ai.retrieval.FaqIndex;
import com.artinsmartrealty.ai.retrieval.LanguageAnalyzers;
import com.artinsmartrealty.ai.retrieval.Sentences;
import com.artinsmartrealty.nlu.MessageReader;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Loads, before the server takes requests, what the readers and texts otherwise load on first use: the
 * shared reader's resources ({@link MessageReader#loadResources}), plural and sentence rules, the
 * service's texts, Lucene's analysis of each language. Those reads hit jar files; done here they never run on an
 * event loop, and no user's first message pays for them.
 */
@Component
class ResourceWarmUp implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(ResourceWarmUp.class);
    private static final Map<Language, String> SAMPLES = Map.of(
            Language.EN, "I want to buy a 2-bed apartment in Dubai Marina for about 2M AED. Call me.",
            Language.FA, "یک آپارتمان دو خوابه در دبی مارینا حدود دو میلیون درهم برای خرید می‌خواهم.",
            Language.AR, "أريد شراء شقة بغرفتي نوم في دبي مارينا بحوالي مليوني درهم.",
            Language.RU, "Хочу купить квартиру с двумя спальнями в Дубай Марина примерно за 2 млн дирхамов.");

    private final AiProperties properties;
    private final LanguageAnalyzers analyzers;

    ResourceWarmUp(AiProperties properties, LanguageAnalyzers analyzers) {
        this.properties = properties;
        this.analyzers = analyzers;
    }

    @Override
    public void afterSingletonsInstantiated() {
        long started = System.nanoTime();
        MessageReader.loadResources(properties.defaultCurrency());
        Texts texts = Texts.instance();
        FaqIndex index = FaqIndex.build(0, List.of(new FaqDocument(new UUID(0, 0), Map.of(Language.EN,
                new FaqDocument.QuestionAnswer("Warm-up question", "Warm-up answer")))), analyzers);
        SAMPLES.forEach((language, sample) -> {
            OfflineUnderstanding.understand(sample, language, null, properties.defaultCurrency());
            index.search(sample, language, 1);
            Sentences.of(sample, language);
            texts.get(language, Text.LISTING_BEDROOMS, 2);
            texts.get(language, Text.LISTING_PRICE, 1_950_000L, "AED");
        });
        log.info("Language resources loaded in {} ms", (System.nanoTime() - started) / 1_000_000);
    }
}
