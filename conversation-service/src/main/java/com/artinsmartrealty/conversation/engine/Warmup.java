package com.artinsmartrealty.conversation.engine;

import com.artinsmartrealty.conversation.slots.TextReading;
import com.artinsmartrealty.nlu.MessageReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Loads what reading messages needs (ICU number rules, language profiles, phone metadata of every
 * region) and the service's own reading on top of it while the service starts, so the first messages
 * are not slow and no event-loop thread ever reads a file.
 */
@Component
class Warmup {

    private static final Logger log = LoggerFactory.getLogger(Warmup.class);

    Warmup() {
        long started = System.nanoTime();
        MessageReader.loadResources("AED");
        TextReading.of("+971 50 482 7316", "AED");
        log.info("Reading warmed up in {} ms", (System.nanoTime() - started) / 1_000_000);
    }
}
