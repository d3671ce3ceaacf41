package com.artinsmartrealty.lead;

import com.artinsmartrealty.lead.i18n.LeadTexts;
import com.artinsmartrealty.lead.report.ReportFonts;
import com.artinsmartrealty.lead.report.ReportRenderer;
import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The report renderer with its fonts, loaded once. Texts, ICU data and phone metadata are loaded here
 * too, at start-up, so no request thread reads files later (the JWT library's parts are loaded by
 * {@code AccessTokens} itself).
 */
@Configuration(proxyBeanMethods = false)
class LeadConfiguration {

    LeadConfiguration() throws NumberParseException {
        LeadTexts.preload();
        PhoneNumberUtil.getInstance().parse("+971501234567", "AE");
    }

    @Bean
    ReportRenderer reportRenderer() {
        return new ReportRenderer(new ReportFonts());
    }
}
