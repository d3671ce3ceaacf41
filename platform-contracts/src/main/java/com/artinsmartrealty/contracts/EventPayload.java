package com.artinsmartrealty.contracts;

/**
 * The body of an {@link EventEnvelope}. Every implementation is a record registered in
 * {@link EventTypes} under an explicit wire name; class names never reach the wire.
 */
public interface EventPayload {
}
