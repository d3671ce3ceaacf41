package com.artinsmartrealty.platform.demo;

import java.util.UUID;

/**
 * The demo agency of the local run. Its ids are fixed so that every service seeds its own part of
 * the demo (users, channels, listings, availability, FAQ) without asking the others.
 */
public final class DemoAgency {

    public static final UUID TENANT_ID = UUID.fromString("00000000-0000-4000-8000-00000000de70");
    public static final String SLUG = "demo";
    public static final String NAME = "Demo Realty Dubai";
    public static final String TIME_ZONE = "Asia/Dubai";

    public static final UUID ADMIN_ID = UUID.fromString("00000000-0000-4000-8000-0000000000a1");
    public static final UUID AGENT1_ID = UUID.fromString("00000000-0000-4000-8000-0000000000b1");
    public static final UUID AGENT2_ID = UUID.fromString("00000000-0000-4000-8000-0000000000b2");
    public static final UUID OWNER_ID = UUID.fromString("00000000-0000-4000-8000-0000000000f1");

    public static final String ADMIN_EMAIL = "admin@demo.example";
    public static final String AGENT1_EMAIL = "agent1@demo.example";
    public static final String AGENT2_EMAIL = "agent2@demo.example";
    public static final String OWNER_EMAIL = "owner@platform.example";

    private DemoAgency() {
    }
}
