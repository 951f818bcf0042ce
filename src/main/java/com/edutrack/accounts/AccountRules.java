package com.edutrack.accounts;

import java.util.regex.Pattern;

import com.edutrack.platform.errors.FieldErrors;
import com.edutrack.platform.security.PasswordRules;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** The rules every new or edited login follows, whatever its role. */
@ApplicationScoped
public class AccountRules {
    private static final Pattern USERNAME = Pattern.compile("^[\\w.@+-]{1,150}$");
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    static final Pattern EGYPTIAN_MOBILE = Pattern.compile("^01[0125]\\d{8}$");
    static final String GMAIL_TAKEN = "This email is already associated with an account.";

    @PersistenceContext(unitName = "edutrack")
    EntityManager em;

    /** Each check adds nothing to a field that already has an error (e.g. "required" from the body reader). */
    public void username(FieldErrors errors, String username, Long exceptUserId) {
        if (errors.has("username") || !errors.requireText("username", username)) {
            return;
        }
        if (!USERNAME.matcher(username).matches()) {
            errors.add("username", "Enter a valid username. This value may contain only letters, numbers, and @/./+/-/_ characters.");
        } else if (taken("username", username, exceptUserId)) {
            errors.add("username", "A user with that username already exists.");
        }
    }

    public void gmail(FieldErrors errors, String gmail, Long exceptUserId) {
        if (errors.has("gmail") || !errors.requireText("gmail", gmail)) {
            return;
        }
        if (!EMAIL.matcher(gmail).matches()) {
            errors.add("gmail", "Enter a valid email address.");
        } else if (taken("gmail", gmail, exceptUserId)) {
            errors.add("gmail", GMAIL_TAKEN);
        }
    }

    public void password(FieldErrors errors, String field, String password, String username) {
        if (!errors.has(field) && errors.requireText(field, password)) {
            PasswordRules.problems(password, username).forEach(p -> errors.add(field, p));
        }
    }

    public void gender(FieldErrors errors, String gender, boolean required) {
        if (gender == null) {
            if (required) {
                errors.add("gender", FieldErrors.REQUIRED);
            }
            return;
        }
        if (!gender.equals("male") && !gender.equals("female")) {
            errors.add("gender", "\"" + gender + "\" is not a valid choice.");
        }
    }

    public void mobile(FieldErrors errors, String field, String phone, boolean required) {
        if (phone == null || phone.isBlank()) {
            if (required) {
                errors.add(field, phone == null ? FieldErrors.REQUIRED : FieldErrors.BLANK);
            }
            return;
        }
        if (!EGYPTIAN_MOBILE.matcher(phone).matches()) {
            errors.add(field, "Enter a valid Egyptian mobile number (11 digits starting with 010, 011, 012 or 015).");
        }
    }

    private boolean taken(String attribute, String value, Long exceptUserId) {
        return !em.createQuery("select u.id from User u where lower(u." + attribute + ") = lower(:v) and (:except is null or u.id <> :except)", Long.class)
                .setParameter("v", value.trim()).setParameter("except", exceptUserId).setMaxResults(1).getResultList().isEmpty();
    }
}
