package com.edutrack.accounts;

import java.util.List;

import com.edutrack.platform.security.Principal;
import com.edutrack.platform.security.PrincipalSource;
import com.edutrack.platform.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/** Loads a caller and the profiles it acts through in one query, on every authenticated request. */
@ApplicationScoped
public class AccountPrincipals implements PrincipalSource {
    static final String INACTIVE = "Your account is inactive. Please contact an administrator.";
    static final String TEACHER_INACTIVE = "Your assigned teacher's account is inactive. Please contact your teacher.";

    @PersistenceContext(unitName = "edutrack")
    EntityManager em;

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Lookup load(long userId, String sessionId) {
        List<Object[]> rows = em.createQuery("""
                select u, t.id, a.id, a.teacher.id, atu.active, s.id
                from User u
                left join Teacher t on t.user = u
                left join Assistant a on a.user = u
                left join a.teacher at left join at.user atu
                left join Student s on s.user = u
                where u.id = :id""", Object[].class).setParameter("id", userId).getResultList();
        if (rows.isEmpty()) {
            return Lookup.blocked(null);
        }
        Object[] row = rows.get(0);
        User user = (User) row[0];
        String blocked = blockedReason(user, (Boolean) row[4]);
        if (blocked != null) {
            return Lookup.blocked(blocked);
        }
        Long teacherId = user.getRole() == Role.ASSISTANT ? (Long) row[3] : (Long) row[1];
        return Lookup.active(new Principal(user.getId(), user.getUuid(), user.getUsername(), user.getName(), user.getGmail(),
                user.getRole(), teacherId, (Long) row[2], (Long) row[5], sessionId));
    }

    /** Why this account may not act now, or null. */
    static String blockedReason(User user, Boolean employerActive) {
        if (!user.isActive()) {
            return INACTIVE;
        }
        if (user.getRole() == Role.ASSISTANT && !Boolean.TRUE.equals(employerActive)) {
            return TEACHER_INACTIVE;
        }
        return null;
    }
}
