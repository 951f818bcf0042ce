package com.edutrack.accounts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import com.edutrack.accounts.AuthForms.ChangePasswordForm;
import com.edutrack.platform.config.AppConfig;
import com.edutrack.platform.errors.ApiException;
import com.edutrack.platform.security.AccessTokens;
import com.edutrack.platform.security.PasswordHasher;
import com.edutrack.platform.security.Role;
import com.edutrack.platform.security.Throttle;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/** Login, refresh-token rotation with reuse detection, logout and password change. */
@ApplicationScoped
public class SessionService {
    static final String BAD_CREDENTIALS = "No active account found with the given credentials";
    static final String BAD_REFRESH = "Invalid or expired refresh token";
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "edutrack")
    EntityManager em;
    @Inject
    PasswordHasher hasher;
    @Inject
    AccessTokens accessTokens;
    @Inject
    Throttle throttle;
    @Inject
    AppConfig config;

    /** What a successful login or refresh hands back: the body fields and the cookie pair. */
    public record Session(String role, String name, boolean isActive, String accessToken, String refreshToken) {
    }

    @Transactional(dontRollbackOn = ApiException.class)
    public Session login(String username, String password, String clientAddress) {
        if (username == null || username.isBlank() || password == null || password.isEmpty()) {
            throw ApiException.error(400, "Username and password are required.");
        }
        Duration window = Duration.ofMinutes(config.loginWindowMinutes());
        String userBucket = "login-user:" + username.trim().toLowerCase(Locale.ROOT);
        String addressBucket = "login-ip:" + clientAddress;
        throttle.check(userBucket, config.loginMaxFailures(), window);
        throttle.check(addressBucket, config.loginMaxFailures(), window);

        List<User> found = em.createQuery("select u from User u where u.username = :u", User.class)
                .setParameter("u", username.trim()).getResultList();
        User user = found.isEmpty() ? null : found.get(0);
        boolean valid;
        if (user == null) {
            hasher.burn(password);
            valid = false;
        } else {
            valid = hasher.matches(password, user.getPasswordHash());
        }
        if (!valid) {
            throttle.record(userBucket);
            throttle.record(addressBucket);
            throw ApiException.error(401, BAD_CREDENTIALS);
        }
        String blocked = AccountPrincipals.blockedReason(user, employerActive(user));
        if (blocked != null) {
            throw ApiException.error(401, blocked);
        }
        throttle.clear(userBucket);
        return open(user, UUID.randomUUID().toString());
    }

    /** Rotates a refresh token; a revoked one presented again revokes its whole family. */
    @Transactional(dontRollbackOn = ApiException.class)
    public Session refresh(String presented) {
        RefreshToken token = find(presented);
        if (token == null) {
            throw ApiException.error(401, BAD_REFRESH);
        }
        if (token.isRevoked()) {
            revokeFamily(token.getFamilyId());
            throw ApiException.error(401, BAD_REFRESH);
        }
        if (token.isExpired()) {
            token.revoke();
            throw ApiException.error(401, BAD_REFRESH);
        }
        token.revoke();
        User user = token.getUser();
        String blocked = AccountPrincipals.blockedReason(user, employerActive(user));
        if (blocked != null) {
            revokeFamily(token.getFamilyId());
            throw ApiException.error(401, blocked);
        }
        return open(user, token.getFamilyId());
    }

    @Transactional
    public void logout(String presented) {
        RefreshToken token = find(presented);
        if (token != null) {
            revokeFamily(token.getFamilyId());
        }
    }

    /** The caller's new password (the form's rules checked here, where the username is known); every refresh session ends. */
    @Transactional
    public void changePassword(long userId, ChangePasswordForm form) {
        User user = em.find(User.class, userId, LockModeType.PESSIMISTIC_WRITE);
        AccountFields.password(form.errors(), "new_password", form.newPassword(), true, user.getUsername());
        form.validate();
        if (!hasher.matches(form.oldPassword().value(), user.getPasswordHash())) {
            throw ApiException.field("old_password", "Old password is incorrect.");
        }
        user.setPasswordHash(hasher.hash(form.newPassword().value()));
        em.createQuery("update RefreshToken t set t.revokedAt = :now where t.user.id = :u and t.revokedAt is null")
                .setParameter("now", Instant.now()).setParameter("u", userId).executeUpdate();
    }

    private Session open(User user, String familyId) {
        String refresh = randomToken();
        em.persist(new RefreshToken(user, familyId, sha256(refresh), Instant.now().plus(Duration.ofDays(config.refreshTokenDays()))));
        String access = accessTokens.issue(user.getId(), user.getUuid(), user.getUsername(), user.getRole(), familyId);
        return new Session(user.getRole().code(), user.getName(), user.isActive(), access, refresh);
    }

    private RefreshToken find(String presented) {
        if (presented == null || presented.isBlank()) {
            return null;
        }
        List<RefreshToken> tokens = em.createQuery("select t from RefreshToken t join fetch t.user where t.tokenHash = :h", RefreshToken.class)
                .setParameter("h", sha256(presented)).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
        return tokens.isEmpty() ? null : tokens.get(0);
    }

    private void revokeFamily(String familyId) {
        em.createQuery("update RefreshToken t set t.revokedAt = :now where t.familyId = :f and t.revokedAt is null")
                .setParameter("now", Instant.now()).setParameter("f", familyId).executeUpdate();
    }

    private Boolean employerActive(User user) {
        if (user.getRole() != Role.ASSISTANT) {
            return null;
        }
        return em.createQuery("select a.teacher.user.active from Assistant a where a.user = :u", Boolean.class)
                .setParameter("u", user).getResultStream().findFirst().orElse(false);
    }

    private static String randomToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String sha256(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
