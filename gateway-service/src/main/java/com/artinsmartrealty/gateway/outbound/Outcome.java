package com.artinsmartrealty.gateway.outbound;

/** How a delivery ended when the channel took it. */
public enum Outcome {
    /** Every part was accepted as composed. */
    SENT,
    /** The channel's window was closed; the tenant's approved template went instead (WhatsApp). */
    TEMPLATE_SENT
}
