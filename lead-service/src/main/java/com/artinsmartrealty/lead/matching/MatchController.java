package com.artinsmartrealty.lead.matching;

import com.artinsmartrealty.contracts.api.lead.ListingMatch;
import com.artinsmartrealty.contracts.api.lead.MatchRequest;
import com.artinsmartrealty.contracts.api.lead.MatchResponse;
import com.artinsmartrealty.contracts.api.lead.Roi;
import com.artinsmartrealty.lead.i18n.LeadTexts;
import com.artinsmartrealty.lead.leads.Profile;
import com.artinsmartrealty.lead.web.InvalidRequestException;
import com.artinsmartrealty.platform.security.CurrentPrincipal;
import java.util.Locale;
import java.util.UUID;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * {@code POST /internal/leads/{leadId}/matches} for the conversation service: the best 3–5 listings for
 * the profile in the request, with reasons in the requested language. It needs nothing stored about
 * the lead, since the lead's own events may not have arrived yet.
 */
@RestController
class MatchController {

    private final Matching matching;

    MatchController(Matching matching) {
        this.matching = matching;
    }

    @PostMapping("/internal/leads/{leadId}/matches")
    Mono<MatchResponse> matches(@PathVariable UUID leadId, @RequestBody MatchRequest request) {
        if (request == null || request.profile() == null) {
            return Mono.error(new InvalidRequestException("a profile is required"));
        }
        var contract = request.profile();
        Profile profile = new Profile(contract.goal(), contract.budgetMin(), contract.budgetMax(),
                contract.currency() == null ? null : contract.currency().toUpperCase(Locale.ROOT),
                contract.propertyType(), contract.transaction(), contract.area(), contract.bedrooms());
        String language = LeadTexts.languageOf(request.language());
        return CurrentPrincipal.tenantId()
                .flatMap(tenantId -> matching.match(tenantId, profile, request.limit()))
                .map(matched -> response(matched.result(), language));
    }

    static MatchResponse response(MatchResult result, String language) {
        return new MatchResponse(result.matches().stream().map(match -> listingMatch(match, language)).toList(),
                MatchResponse.Fit.valueOf(result.fit().name()));
    }

    private static ListingMatch listingMatch(Match match, String language) {
        var listing = match.listing();
        Projection projection = match.projection();
        Roi roi = projection == null ? null : new Roi(projection.annualRent(), projection.grossYieldPct(),
                projection.netYieldPct(), projection.appreciationPct(), projection.projectedValue5y(),
                projection.projectedReturnPct5y());
        return new ListingMatch(listing.id(), listing.title(language), listing.type(), listing.transaction(),
                listing.price(), listing.currency(), listing.bedrooms(), listing.sizeSqft(), listing.community(),
                listing.firstPhoto(), LeadTexts.reason(language, match.reason()), roi);
    }
}
