package com.artinsmartrealty.lead.report;

import com.artinsmartrealty.lead.LeadProperties;
import com.artinsmartrealty.lead.leads.Access;
import com.artinsmartrealty.lead.leads.LeadReads;
import com.artinsmartrealty.lead.matching.Matcher;
import com.artinsmartrealty.lead.matching.Matching;
import java.time.Clock;
import java.util.UUID;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/** A lead's PDF report: the lead's wishes matched against the inventory now, rendered off the event loop. */
@Component
public class Reports {

    private final LeadReads leads;
    private final Matching matching;
    private final ReportRenderer renderer;
    private final LeadProperties properties;
    private final Clock clock;

    Reports(LeadReads leads, Matching matching, ReportRenderer renderer, LeadProperties properties, Clock clock) {
        this.leads = leads;
        this.matching = matching;
        this.renderer = renderer;
        this.properties = properties;
        this.clock = clock;
    }

    /** The report of a lead the caller may see, or empty. */
    public Mono<byte[]> forLead(Access access, UUID leadId) {
        return leads.find(access, leadId).flatMap(stored -> {
            var lead = stored.lead();
            return matching.match(access.tenantId(), lead.profile(), Matcher.MAX_RESULTS)
                    .flatMap(matched -> Mono.fromCallable(() -> renderer.render(new ReportData(
                                    lead.contact().language(), lead.contact().displayName(), lead.profile(),
                                    matched.result(), matched.settings(), matched.settings().appreciationPct(),
                                    clock.instant(), properties.reportTimeZone())))
                            .subscribeOn(Schedulers.boundedElastic()));
        });
    }
}
