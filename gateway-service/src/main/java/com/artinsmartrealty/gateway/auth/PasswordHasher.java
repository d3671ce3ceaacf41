package com.artinsmartrealty.gateway.auth;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * bcrypt, off the event loop: a hash costs tens to hundreds of milliseconds of CPU by design. A
 * login for an unknown account is checked against a fixed hash, so it takes as long as a real one.
 */
@Component
public class PasswordHasher {

    private final BCryptPasswordEncoder encoder;
    private final String unknownAccountHash;

    PasswordHasher(AuthProperties properties) {
        this.encoder = new BCryptPasswordEncoder(properties.bcryptStrength());
        this.unknownAccountHash = encoder.encode("no account has this password");
    }

    public Mono<String> hash(String password) {
        return Mono.fromCallable(() -> encoder.encode(password)).subscribeOn(Schedulers.boundedElastic());
    }

    /** True when {@code password} matches {@code hash}; a null hash is checked against a dummy and fails. */
    public Mono<Boolean> matches(String password, String hash) {
        return Mono.fromCallable(() -> {
            if (hash == null) {
                encoder.matches(password, unknownAccountHash);
                return false;
            }
            return encoder.matches(password, hash);
        }).subscribeOn(Schedulers.boundedElastic());
    }
}
