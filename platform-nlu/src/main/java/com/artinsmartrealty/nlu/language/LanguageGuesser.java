package com.artinsmartrealty.nlu.language;

import com.optimaize.langdetect.LanguageDetector;
import com.optimaize.langdetect.LanguageDetectorBuilder;
import com.optimaize.langdetect.i18n.LdLocale;
import com.optimaize.langdetect.ngram.NgramExtractors;
import com.optimaize.langdetect.profiles.LanguageProfile;
import com.optimaize.langdetect.profiles.LanguageProfileReader;
import com.optimaize.langdetect.text.CommonTextObjectFactories;
import com.optimaize.langdetect.text.TextObjectFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

/**
 * Tells which of the platform's four languages (fa, ar, en, ru) a message is in. The script decides
 * first (Cyrillic is Russian, Latin is English); within the Arabic script, letters only Persian uses
 * ({@code پ چ ژ گ ک ی}) or only Arabic uses ({@code ة ي ى ك}) decide, and the optimaize n-gram detector,
 * restricted to Persian and Arabic, settles longer texts. Text without letters, or too short to tell
 * Persian from Arabic, has no language.
 */
public final class LanguageGuesser {

    private static final LanguageGuesser INSTANCE = new LanguageGuesser();
    private static final int SHORT_TEXT_LETTERS = 12;

    private final LanguageDetector persianOrArabic;
    private final TextObjectFactory texts = CommonTextObjectFactories.forDetectingShortCleanText();

    private LanguageGuesser() {
        try {
            List<LanguageProfile> profiles = new LanguageProfileReader()
                    .readBuiltIn(List.of(LdLocale.fromString("fa"), LdLocale.fromString("ar")));
            this.persianOrArabic = LanguageDetectorBuilder.create(NgramExtractors.standard())
                    .withProfiles(profiles)
                    .minimalConfidence(0.6)
                    .build();
        } catch (IOException e) {
            throw new UncheckedIOException("language profiles missing", e);
        }
    }

    public static LanguageGuesser instance() {
        return INSTANCE;
    }

    public Optional<String> guess(String text) {
        if (text == null) {
            return Optional.empty();
        }
        int latin = 0;
        int cyrillic = 0;
        int arabicScript = 0;
        int persianOnly = 0;
        int arabicOnly = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            Character.UnicodeScript script = Character.UnicodeScript.of(c);
            if (!Character.isLetter(c)) {
                continue;
            }
            switch (script) {
                case LATIN -> latin++;
                case CYRILLIC -> cyrillic++;
                case ARABIC -> {
                    arabicScript++;
                    if ("پچژگکی".indexOf(c) >= 0) {
                        persianOnly++;
                    } else if ("ةيىك".indexOf(c) >= 0) {
                        arabicOnly++;
                    }
                }
                default -> {
                }
            }
        }
        int letters = latin + cyrillic + arabicScript;
        if (letters == 0) {
            return Optional.empty();
        }
        if (arabicScript >= latin && arabicScript >= cyrillic) {
            return persianOrArabic(text, persianOnly, arabicOnly, arabicScript);
        }
        return Optional.of(cyrillic > latin ? "ru" : "en");
    }

    /**
     * Persian and Arabic share most letters and many words ("سلام"); a short text with no letter only one
     * of them uses is left undecided, so the caller keeps the conversation's language.
     */
    private Optional<String> persianOrArabic(String text, int persianOnly, int arabicOnly, int letters) {
        if (persianOnly > arabicOnly) {
            return Optional.of("fa");
        }
        if (arabicOnly > persianOnly) {
            return Optional.of("ar");
        }
        if (letters < SHORT_TEXT_LETTERS) {
            return Optional.empty();
        }
        var detected = persianOrArabic.detect(texts.forText(text));
        return detected.isPresent() ? Optional.of(detected.get().getLanguage()) : Optional.empty();
    }
}
