package com.artinsmartrealty.conversation.engine;

import com.artinsmartrealty.conversation.slots.TextReading;
import com.artinsmartrealty.platform.security.AccessTokens;
import com.artinsmartrealty.platform.security.PlatformPrincipal;
import com.artinsmartrealty.platform.security.Role;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import java.time.Duration;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Loads what reading messages needs (ICU number rules, language profiles, phone metadata of every
 * region) and what signing tokens needs (the JWT library finds its parts with a service loader) while
 * the service starts, so the first messages are not slow and no event-loop thread ever reads a file.
 */
@Component
class Warmup {

    private static final Logger log = LoggerFactory.getLogger(Warmup.class);

    Warmup(AccessTokens tokens) {
        long started = System.nanoTime();
        tokens.verify(tokens.issue(new PlatformPrincipal("service:warmup", UUID.randomUUID(), Role.SERVICE),
                Duration.ofMinutes(1)));
        for (String text : new String[] {"I want to buy a 3-bed villa in Dubai Marina for about 2M",
                "می‌خواهم یک آپارتمان دو خوابه با بودجه دو میلیون درهم بخرم", "أريد شقة بمليوني درهم للاستثمار",
                "Хочу купить квартиру за два миллиона", "+971 50 482 7316"}) {
            TextReading.of(text, "AED");
        }
        PhoneNumberUtil phones = PhoneNumberUtil.getInstance();
        for (String region : phones.getSupportedRegions()) {
            phones.getExampleNumber(region);
        }
        for (int code : phones.getSupportedGlobalNetworkCallingCodes()) {
            phones.getExampleNumberForNonGeoEntity(code);
        }
        log.info("Reading warmed up in {} ms", (System.nanoTime() - started) / 1_000_000);
    }
}
