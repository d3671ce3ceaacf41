package com.artinsmartrealty.analytics.rebuild;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** The platform owner's replay of every topic into empty read models (see {@link Rebuild}). */
@RestController
@RequestMapping("/api/analytics/rebuild")
class RebuildController {

    private final Rebuild rebuild;

    RebuildController(Rebuild rebuild) {
        this.rebuild = rebuild;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.ACCEPTED)
    Mono<Rebuild.Progress> start() {
        return rebuild.start().then(rebuild.progress());
    }

    @GetMapping
    Mono<Rebuild.Progress> progress() {
        return rebuild.progress();
    }
}
