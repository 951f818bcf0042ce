package com.edutrack.accounts;

import java.security.SecureRandom;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Generates the short, unique, human-readable student codes ({@code STU-} and eight digits). */
@ApplicationScoped
public class StudentCodes {
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "edutrack")
    EntityManager em;

    public String next() {
        for (int attempt = 0; attempt < 20; attempt++) {
            String code = "STU-" + String.format("%08d", RANDOM.nextInt(100_000_000));
            boolean taken = !em.createQuery("select s.id from Student s where s.studentCode = :c", Long.class)
                    .setParameter("c", code).setMaxResults(1).getResultList().isEmpty();
            if (!taken) {
                return code;
            }
        }
        throw new IllegalStateException("Could not find a free student code");
    }
}
