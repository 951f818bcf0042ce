package com.edutrack.platform.security;

/** Loads the caller named by a verified token; implemented by the accounts feature. */
public interface PrincipalSource {

    /** The account's state now; tokens of blocked accounts stop working at once. */
    Lookup load(long userId, String sessionId);

    record Lookup(Principal principal, String blockedReason) {
        public static Lookup active(Principal principal) {
            return new Lookup(principal, null);
        }

        public static Lookup blocked(String reason) {
            return new Lookup(null, reason);
        }
    }
}
