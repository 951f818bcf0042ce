package com.edutrack.accounts;

import java.time.Instant;
import java.util.function.Function;

import com.edutrack.platform.errors.FieldErrors;
import com.edutrack.platform.input.FormBody;
import com.edutrack.platform.security.PasswordHasher;
import com.edutrack.platform.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * The login half of a staff account form (teachers by the site owner, assistants by their
 * teacher): {@code username, password, name, gmail, is_active}. The profile half stays with the
 * feature; both report into the body's one set of field errors.
 */
@ApplicationScoped
public class StaffLogin {
    @PersistenceContext(unitName = "edutrack")
    EntityManager em;
    @Inject
    AccountRules rules;
    @Inject
    PasswordHasher hasher;

    /**
     * Checks the login fields of a new account, lets {@code profile} build and check the profile
     * around the new user, then throws every field error at once. The password is hashed (the
     * slow part) only when the whole form is valid.
     */
    public <P> P create(FormBody body, Role role, Function<User, P> profile) {
        FieldErrors errors = body.errors();
        String username = body.requiredString("username");
        String password = body.string("password");
        String name = body.requiredString("name");
        String gmail = body.requiredString("gmail");
        rules.username(errors, username, null);
        rules.gmail(errors, gmail, null);
        rules.password(errors, "password", password, username);
        errors.maxLength("name", name, 200);
        User user = new User(username, "", role, name, gmail);
        P result = profile.apply(user);
        errors.throwIfAny();
        user.setPasswordHash(hasher.hash(password));
        return result;
    }

    /**
     * Applies the login fields of an edit: PUT ({@code partial = false}) needs username, name and
     * gmail; PATCH takes what is sent. The password is optional on both (a stored hash cannot be
     * sent back). A new password or a deactivation revokes the account's refresh tokens, so the
     * person signs in again; access tokens of an inactive account stop at once anyway. The caller
     * throws the collected errors.
     */
    public void update(User user, FormBody body, boolean partial) {
        FieldErrors errors = body.errors();
        if (!partial || body.has("username")) {
            String username = body.requiredString("username");
            rules.username(errors, username, user.getId());
            if (!errors.has("username")) {
                user.setUsername(username);
            }
        }
        if (!partial || body.has("name")) {
            String name = body.requiredString("name");
            errors.maxLength("name", name, 200);
            if (!errors.has("name")) {
                user.setName(name);
            }
        }
        if (!partial || body.has("gmail")) {
            String gmail = body.requiredString("gmail");
            rules.gmail(errors, gmail, user.getId());
            if (!errors.has("gmail")) {
                user.setGmail(gmail);
            }
        }
        boolean revoke = false;
        if (body.has("password")) {
            String password = body.string("password");
            rules.password(errors, "password", password, user.getUsername());
            if (!errors.has("password")) {
                user.setPasswordHash(hasher.hash(password));
                revoke = true;
            }
        }
        Boolean active = body.bool("is_active");
        if (active != null) {
            revoke |= user.isActive() && !active;
            user.setActive(active);
        }
        if (revoke) { // rolled back with the edit if the form turns out invalid
            em.createQuery("update RefreshToken t set t.revokedAt = :now where t.user.id = :u and t.revokedAt is null")
                    .setParameter("now", Instant.now()).setParameter("u", user.getId()).executeUpdate();
        }
    }
}
