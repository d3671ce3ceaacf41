package com.artinsmartrealty.platform.messaging;

import reactor.core.publisher.Mono;

/** Processes one consumed record; an error means "retry, then dead-letter". */
@FunctionalInterface
public interface RecordHandler {

    Mono<Void> handle(ConsumedRecord record);
}
