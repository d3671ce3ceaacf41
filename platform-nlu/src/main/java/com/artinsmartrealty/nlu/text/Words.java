package com.artinsmartrealty.nlu.text;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/** Word sets written naturally in any script, stored as {@link TextNormalizer} reads them. */
public final class Words {

    private Words() {
    }

    public static Set<String> of(String... words) {
        return Arrays.stream(words).map(TextNormalizer::normalize).collect(Collectors.toUnmodifiableSet());
    }
}
