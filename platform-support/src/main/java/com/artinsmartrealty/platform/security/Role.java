package com.artinsmartrealty.platform.security;

/** Who a token speaks for. The claim value is the lower-case name. */
public enum Role {
    /** The platform owner: tenants, plans, MRR; no tenant of its own. */
    SUPER_ADMIN("super_admin"),
    /** An agency's administrator: everything of one tenant. */
    TENANT_ADMIN("tenant_admin"),
    /** An agency's sales agent: the leads and appointments assigned to them. */
    AGENT("agent"),
    /** Another platform service acting for one tenant. */
    SERVICE("service");

    private final String claim;

    Role(String claim) {
        this.claim = claim;
    }

    public String claim() {
        return claim;
    }

    /** The Spring Security authority, e.g. {@code ROLE_TENANT_ADMIN}. */
    public String authority() {
        return "ROLE_" + name();
    }

    public static Role fromClaim(String claim) {
        for (Role role : values()) {
            if (role.claim.equals(claim)) {
                return role;
            }
        }
        throw new IllegalArgumentException("unknown role");
    }
}
