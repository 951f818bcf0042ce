package com.edutrack.accounts;

import com.edutrack.platform.errors.FieldErrors;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * The rules of a new or edited login that need the database: username and gmail are unique
 * across every account, whatever its role (letter case ignored). The form's own checks come
 * first ({@link AccountFields}); nothing is added to a field that already has an error.
 */
@ApplicationScoped
public class AccountRules {
    static final String USERNAME_TAKEN = "A user with that username already exists.";
    static final String GMAIL_TAKEN = "This email is already associated with an account.";

    @PersistenceContext(unitName = "edutrack")
    EntityManager em;

    /** {@code exceptUserId}: the account being edited (its own username is not "taken"); null for a new one. */
    public void usernameFree(FieldErrors errors, String username, Long exceptUserId) {
        if (username != null && !errors.has("username") && taken("username", username, exceptUserId)) {
            errors.add("username", USERNAME_TAKEN);
        }
    }

    public void gmailFree(FieldErrors errors, String gmail, Long exceptUserId) {
        if (gmail != null && !errors.has("gmail") && taken("gmail", gmail, exceptUserId)) {
            errors.add("gmail", GMAIL_TAKEN);
        }
    }

    private boolean taken(String attribute, String value, Long exceptUserId) {
        return !em.createQuery("select u.id from User u where lower(u." + attribute + ") = lower(:v) and (:except is null or u.id <> :except)", Long.class)
                .setParameter("v", value.trim()).setParameter("except", exceptUserId).setMaxResults(1).getResultList().isEmpty();
    }
}
