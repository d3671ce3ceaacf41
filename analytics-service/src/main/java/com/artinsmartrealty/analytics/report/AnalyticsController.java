package com.artinsmartrealty.analytics.report;

import com.artinsmartrealty.contracts.Channel;
import com.artinsmartrealty.platform.security.CurrentPrincipal;
import com.artinsmartrealty.platform.security.Role;
import java.time.Clock;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Mono;

/**
 * The dashboard's reports. Tenant reports take the tenant from the caller's token; the platform
 * owner's reports (MRR, every agency's costs) read only platform tables. Roles are enforced by the
 * security chain ({@code AnalyticsSecurity}).
 */
@RestController
@RequestMapping("/api/analytics")
class AnalyticsController {

    private final FunnelQueries funnels;
    private final TimingQueries timings;
    private final PlatformQueries platform;
    private final Clock clock;

    AnalyticsController(FunnelQueries funnels, TimingQueries timings, PlatformQueries platform, Clock clock) {
        this.funnels = funnels;
        this.timings = timings;
        this.platform = platform;
        this.clock = clock;
    }

    @GetMapping("/funnel")
    Mono<Funnel> funnel(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                        @RequestParam(required = false) String channel) {
        Period period = Period.parse(from, to, clock);
        String channelName = channel == null || channel.isBlank() ? null : channel(channel);
        return CurrentPrincipal.tenantId().flatMap(tenant -> funnels.funnel(tenant, period, channelName));
    }

    @GetMapping("/timings")
    Mono<Timings> timings(@RequestParam(required = false) String from, @RequestParam(required = false) String to) {
        Period period = Period.parse(from, to, clock);
        return CurrentPrincipal.tenantId().flatMap(tenant -> timings.timings(tenant, period));
    }

    @GetMapping("/leaderboard")
    Mono<Leaderboard> leaderboard(@RequestParam(required = false) String from,
                                  @RequestParam(required = false) String to) {
        Period period = Period.parse(from, to, clock);
        return CurrentPrincipal.tenantId().flatMap(tenant -> timings.leaderboard(tenant, period));
    }

    /** An agency admin gets the agency's costs; the platform owner gets every agency's. */
    @GetMapping("/costs")
    Mono<Object> costs(@RequestParam(required = false) String from, @RequestParam(required = false) String to) {
        Period period = Period.parse(from, to, clock);
        return CurrentPrincipal.get().flatMap(principal -> principal.role() == Role.SUPER_ADMIN
                ? platform.platformCosts(period).map(Object.class::cast)
                : platform.tenantCosts(principal.tenantId(), period).map(Object.class::cast));
    }

    @GetMapping("/mrr")
    Mono<Mrr> mrr() {
        return platform.mrr();
    }

    private static String channel(String value) {
        try {
            return Channel.fromWireName(value).wireName();
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "unknown channel: " + value);
        }
    }
}
