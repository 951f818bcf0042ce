package com.edutrack.platform.security;

import jakarta.enterprise.context.RequestScoped;

/** Why a caller with a valid token was not signed in (an inactive account), for the 401 message. */
@RequestScoped
public class BlockedCaller {
    String reason;

    public String reason() {
        return reason;
    }
}
