package com.artinsmartrealty.lead;

import com.artinsmartrealty.lead.i18n.LeadTexts;
import com.artinsmartrealty.lead.report.ReportFonts;
import com.artinsmartrealty.lead.report.ReportRenderer;
import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.artinsmartrealty.platform.security.AccessTokens;
import com.artinsmartrealty.platform.security.PlatformPrincipal;
import com.artinsmartrealty.platform.security.Role;
import java.time.Duration;
import java.util.UUID;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The report renderer with its fonts, loaded once. Texts, ICU data and phone metadata are loaded here
 * too, at start-up, so no request thread reads files later.
 */
@Configuration(proxyBeanMethods = false)
class LeadConfiguration {

    LeadConfiguration(AccessTokens tokens) throws NumberParseException {
        LeadTexts.preload();
        PhoneNumberUtil.getInstance().parse("+971501234567", "AE");
        // The JWT library finds its JSON reader on first use; do that now rather than on an event loop.
        tokens.verify(tokens.issue(new PlatformPrincipal("service:lead-service", new UUID(0, 1), Role.SERVICE),
                Duration.ofMinutes(1)));
    }

    @Bean
    ReportRenderer reportRenderer() {
        return new ReportRenderer(new ReportFonts());
    }
}
