package com.edutrack.accounts;

import java.util.List;
import java.util.regex.Pattern;

import com.edutrack.platform.errors.FieldErrors;
import com.edutrack.platform.input.Field;
import com.edutrack.platform.input.FormInput;
import com.edutrack.platform.security.PasswordRules;

/**
 * How the account forms read the fields they share, with the messages the contracts show. Pure:
 * what needs the database (a username or gmail already taken) is {@link AccountRules}.
 */
final class AccountFields {
    static final Pattern USERNAME = Pattern.compile("^[\\w.@+-]{1,150}$");
    static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    static final Pattern EGYPTIAN_MOBILE = Pattern.compile("^01[0125]\\d{8}$");
    static final List<String> GENDERS = List.of("male", "female");
    static final String BAD_USERNAME = "Enter a valid username. This value may contain only letters, numbers, and @/./+/-/_ characters.";
    static final String BAD_MOBILE = "Enter a valid Egyptian mobile number (11 digits starting with 010, 011, 012 or 015).";

    private AccountFields() {
    }

    static Field<String> username(FormInput in) {
        return in.text("username").required().check(u -> USERNAME.matcher(u).matches(), BAD_USERNAME).field();
    }

    static Field<String> gmail(FormInput in) {
        return in.text("gmail").required().check(g -> EMAIL.matcher(g).matches(), "Enter a valid email address.").field();
    }

    /** Required text (trimmed) of at most {@code max} characters. */
    static Field<String> text(FormInput in, String name, int max) {
        return in.text(name).required().maxLength(max).field();
    }

    /** Optional text: blank is stored as null. */
    static Field<String> optionalText(FormInput in, String name, int max) {
        return in.text(name).blankToNull().map(String::trim).maxLength(max).field();
    }

    static Field<String> mobile(FormInput in, String name) {
        return in.text(name).required().check(AccountFields::isMobile, BAD_MOBILE).field();
    }

    /** An optional mobile number: blank is stored as null. */
    static Field<String> optionalMobile(FormInput in, String name) {
        return in.text(name).blankToNull().map(String::trim).check(AccountFields::isMobile, BAD_MOBILE).field();
    }

    /** male or female; {@code "x" is not a valid choice.} otherwise, as DRF's ChoiceField (blank included). */
    static Field<String> gender(FormInput in, boolean required) {
        FormInput.Read<String> read = in.choice("gender", GENDERS);
        return required ? read.required().field() : read.field();
    }

    /** As {@link #gender} for a form where a blank choice means "none" (a multipart select left empty). */
    static Field<String> genderOrBlank(FormInput in) {
        FormInput.Read<String> read = in.text("gender").blankToNull().map(String::trim);
        String value = read.value();
        if (value != null && !GENDERS.contains(value)) {
            in.errors().add("gender", "\"" + value + "\" is not a valid choice.");
        }
        return read.field();
    }

    /** A password as sent: never trimmed, checked by {@link #password} once the username it may not equal is known. */
    static Field<String> secret(FormInput in, String name) {
        return in.text(name).field();
    }

    /**
     * Required (or, when not, checked only when sent): not blank, and the platform's password rules
     * against {@code username}. Nothing is added to a field that already has an error.
     */
    static void password(FieldErrors errors, String name, Field<String> password, boolean required, String username) {
        if (errors.has(name) || (!required && !password.sent())) {
            return;
        }
        if (errors.requireText(name, password.value())) {
            PasswordRules.problems(password.value(), username).forEach(p -> errors.add(name, p));
        }
    }

    static boolean isMobile(String phone) {
        return EGYPTIAN_MOBILE.matcher(phone).matches();
    }
}
