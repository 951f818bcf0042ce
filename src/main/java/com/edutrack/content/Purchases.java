package com.edutrack.content;

import java.util.Collection;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * What content needs to know about lecture purchases.
 * WAITING FOR THE PURCHASES ISSUE (platform.md section 4): there is no purchases table yet, so a
 * student has no purchase and no lecture has purchases. Replace these bodies with queries on the
 * purchases table (unexpired = expires_at plus reopened days after now) when it lands.
 */
@ApplicationScoped
public class Purchases {

    /** Whether the student holds an unexpired purchase of the lecture. */
    public boolean hasUnexpiredPurchase(long studentId, long lectureId) {
        return false; // WAITING FOR THE PURCHASES ISSUE
    }

    /** The lectures among {@code lectureIds} the student may watch; one query when implemented. */
    public Set<Long> unexpiredAmong(Long studentId, Collection<Long> lectureIds) {
        return Set.of(); // WAITING FOR THE PURCHASES ISSUE
    }

    /** Whether any purchase (expired or not) refers to the lecture: such a lecture is hidden, never deleted. */
    public boolean lectureHasPurchases(long lectureId) {
        return false; // WAITING FOR THE PURCHASES ISSUE
    }
}
