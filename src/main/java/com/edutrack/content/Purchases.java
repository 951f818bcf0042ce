package com.edutrack.content;

import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * What content, assessment and materials ask about lecture purchases. The purchases themselves
 * belong to {@code commerce}, which provides the one implementation ({@code commerce.LecturePurchases}):
 * content owns this question, commerce answers it, so commerce may depend on content's lectures
 * without content depending on commerce. A purchase is unexpired while its effective expiry
 * (expiry plus reopened days) is in the future.
 */
public interface Purchases {
    /** Whether the student holds an unexpired purchase of the lecture. */
    boolean hasUnexpiredPurchase(long studentId, long lectureId);

    /** The lectures among {@code lectureIds} the student may watch (none for a null student); one query. */
    Set<Long> unexpiredAmong(Long studentId, Collection<Long> lectureIds);

    /** Every lecture the student holds an unexpired purchase of; one query. */
    List<Long> unexpiredLectureIds(long studentId);

    /** Whether any purchase (expired or not) refers to one of the lectures: such a lecture is hidden, never deleted. */
    boolean anyOf(Collection<Long> lectureIds);

    /** The user ids of the students holding an unexpired purchase of the lecture (whom its news concerns). */
    List<Long> unexpiredBuyerUserIds(long lectureId);
}
