package com.artinsmartrealty.gateway.users;

import com.artinsmartrealty.platform.security.Role;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * A user to create in a tenant, checked: a plausible e-mail address (stored in lower case), a name
 * of 1-120 characters, an agency role and a password that meets the policy.
 *
 * @param role {@code tenant_admin} or {@code agent}
 */
public record NewUser(String email, String displayName, String role, String password) {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]{1,189}\\.[^@\\s.]{2,63}$");

    public String normalizedEmail() {
        String value = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        if (value.length() > 254 || !EMAIL.matcher(value).matches()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "email is not a valid address");
        }
        return value;
    }

    public String checkedDisplayName() {
        return Users.displayName(displayName);
    }

    public Role agencyRole() {
        return Users.agencyRole(role);
    }

    public String checkedPassword() {
        return PasswordPolicy.checked(password);
    }

    @Override
    public String toString() {
        return "NewUser[role=" + role + "]";
    }
}
