package com.edutrack.platform.security;

import jakarta.enterprise.context.RequestScoped;

/** Why a caller with a valid token was not signed in (an inactive account), for the 401 message. */
@RequestScoped
public class BlockedCaller {
    private String reason;

    /** Set through a method: callers hold a CDI proxy, whose fields are not the instance's. */
    void block(String reason) {
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }
}
