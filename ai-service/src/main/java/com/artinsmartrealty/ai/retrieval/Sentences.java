package com.artinsmartrealty.ai.retrieval;

import com.artinsmartrealty.ai.i18n.Language;
import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Splits text into sentences by ICU's rules for its language. One break iterator per language is made
 * when the class loads (ICU reads its rule data then) and cloned per use, since iterators keep state.
 */
public final class Sentences {

    private static final Map<Language, BreakIterator> PROTOTYPES = new EnumMap<>(Language.class);

    static {
        for (Language language : Language.values()) {
            PROTOTYPES.put(language, BreakIterator.getSentenceInstance(new ULocale(language.code())));
        }
    }

    private Sentences() {
    }

    public static List<String> of(String text, Language language) {
        BreakIterator sentences = (BreakIterator) PROTOTYPES.get(language).clone();
        sentences.setText(text);
        List<String> found = new ArrayList<>();
        for (int start = sentences.first(), end = sentences.next(); end != BreakIterator.DONE;
             start = end, end = sentences.next()) {
            String sentence = text.substring(start, end).strip();
            if (!sentence.isEmpty()) {
                found.add(sentence);
            }
        }
        return found;
    }
}
