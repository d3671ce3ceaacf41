package com.artinsmartrealty.gateway.tenants;

import com.artinsmartrealty.gateway.users.NewUser;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Currency;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * An agency the platform owner registers, optionally with its first administrator.
 *
 * @param slug              the agency's name in URLs (webhooks, web chat): 2-41 of a-z, 0-9 and '-'
 * @param monthlyPriceMinor the plan's monthly price in minor units of {@code currency}
 * @param timeZone          an IANA zone, e.g. {@code Asia/Dubai}
 */
record NewTenant(String slug, String name, String plan, Long monthlyPriceMinor, String currency, String timeZone,
                 NewUser admin) {

    private static final Pattern SLUG = Pattern.compile("^[a-z0-9][a-z0-9-]{1,40}$");

    /** Fails with 400 naming the first field that is not acceptable. */
    NewTenant checked() {
        if (slug == null || !SLUG.matcher(slug).matches()) {
            throw invalid("slug must be 2-41 characters of a-z, 0-9 and '-', starting with a letter or digit");
        }
        if (name == null || name.isBlank() || name.strip().length() > 120) {
            throw invalid("name must have 1-120 characters");
        }
        Plans.check(plan, monthlyPriceMinor, currency);
        try {
            ZoneId.of(timeZone == null ? "" : timeZone);
        } catch (DateTimeException e) {
            throw invalid("timeZone must be an IANA time zone such as Asia/Dubai");
        }
        return new NewTenant(slug, name.strip(), plan.strip(), monthlyPriceMinor, currency, timeZone, admin);
    }

    static ResponseStatusException invalid(String detail) {
        return new ResponseStatusException(HttpStatus.BAD_REQUEST, detail);
    }

    /** Checks of a plan and its price. */
    static final class Plans {

        private Plans() {
        }

        static void check(String plan, Long monthlyPriceMinor, String currency) {
            if (plan == null || plan.isBlank() || plan.strip().length() > 40) {
                throw invalid("plan must have 1-40 characters");
            }
            if (monthlyPriceMinor == null || monthlyPriceMinor < 0) {
                throw invalid("monthlyPriceMinor must be zero or more");
            }
            try {
                if (currency == null || !currency.equals(Currency.getInstance(currency).getCurrencyCode())) {
                    throw invalid("currency must be an ISO 4217 code such as USD");
                }
            } catch (IllegalArgumentException e) {
                throw invalid("currency must be an ISO 4217 code such as USD");
            }
        }
    }
}
