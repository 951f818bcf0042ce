package com.edutrack.accounts;

import java.time.Instant;
import java.util.function.Function;

import com.edutrack.accounts.StaffForms.LoginFields;
import com.edutrack.accounts.StaffForms.StaffForm;
import com.edutrack.platform.errors.FieldErrors;
import com.edutrack.platform.security.PasswordHasher;
import com.edutrack.platform.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * The login half of a staff account (teachers by the site owner, assistants by their teacher):
 * {@code username, password, name, gmail, is_active}. The profile half stays with the feature;
 * both report into the form's one set of field errors, and a password is hashed (the slow part)
 * only once the whole form is valid.
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
     * around the new user, then throws every field error at once. {@code is_active} is not read:
     * a new account starts active.
     */
    public <P> P create(StaffForm form, Role role, Function<User, P> profile) {
        FieldErrors errors = form.errors();
        LoginFields login = form.login();
        String username = login.username().value();
        rules.usernameFree(errors, username, null);
        rules.gmailFree(errors, login.gmail().value(), null);
        AccountFields.password(errors, "password", login.password(), true, username);
        User user = new User(username, "", role, login.name().value(), login.gmail().value());
        P result = profile.apply(user);
        form.validate();
        user.setPasswordHash(hasher.hash(login.password().value()));
        return result;
    }

    /**
     * Applies the login fields of an edit (what the form holds: PUT requires username, name and
     * gmail, PATCH takes what is sent; the password is optional on both), lets {@code profile}
     * apply the rest, and throws every field error at once. A new password or a deactivation
     * ends the account's refresh sessions, so the person signs in again; access tokens of an
     * inactive account stop at once anyway.
     */
    public void update(User user, StaffForm form, Runnable profile) {
        FieldErrors errors = form.errors();
        LoginFields login = form.login();
        login.username().ifValue(username -> {
            rules.usernameFree(errors, username, user.getId());
            if (!errors.has("username")) { // a taken value set would hit the unique index on the next flush
                user.setUsername(username);
            }
        });
        login.name().ifValue(user::setName);
        login.gmail().ifValue(gmail -> {
            rules.gmailFree(errors, gmail, user.getId());
            if (!errors.has("gmail")) {
                user.setGmail(gmail);
            }
        });
        AccountFields.password(errors, "password", login.password(), false, user.getUsername());
        boolean revoke = login.isActive().value() != null && user.isActive() && !login.isActive().value();
        login.isActive().ifValue(user::setActive);
        profile.run();
        form.validate();
        if (login.password().value() != null) {
            user.setPasswordHash(hasher.hash(login.password().value()));
            revoke = true;
        }
        if (revoke) {
            em.createQuery("update RefreshToken t set t.revokedAt = :now where t.user.id = :u and t.revokedAt is null")
                    .setParameter("now", Instant.now()).setParameter("u", user.getId()).executeUpdate();
        }
    }
}
