package com.artinsmartrealty.gateway.users;

/** What a tenant admin may change about a user; absent fields stay as they are. */
record UserChanges(String displayName, String role, Boolean active, String password) {

    @Override
    public String toString() {
        return "UserChanges[role=" + role + ", active=" + active + "]";
    }
}
