package com.edutrack.platform.security;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

import com.edutrack.platform.config.AppConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * PBKDF2-HMAC-SHA256 from the JDK, stored in Django's format
 * ({@code pbkdf2_sha256$iterations$salt$hash}) so accounts can move between the two stacks. The
 * iteration count travels with each hash, so raising it later only affects new passwords.
 */
@ApplicationScoped
public class PasswordHasher {
    private static final String ALGORITHM = "pbkdf2_sha256";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    AppConfig config;

    public String hash(String password) {
        byte[] saltBytes = new byte[16];
        RANDOM.nextBytes(saltBytes);
        String salt = Base64.getUrlEncoder().withoutPadding().encodeToString(saltBytes);
        int iterations = config.passwordIterations();
        return ALGORITHM + "$" + iterations + "$" + salt + "$" + derive(password, salt, iterations);
    }

    public boolean matches(String password, String stored) {
        if (password == null || stored == null) {
            return false;
        }
        String[] parts = stored.split("\\$");
        if (parts.length != 4 || !ALGORITHM.equals(parts[0])) {
            return false;
        }
        String expected = derive(password, parts[2], Integer.parseInt(parts[1]));
        return MessageDigest.isEqual(expected.getBytes(), parts[3].getBytes());
    }

    /** Spends the same time as a real check, so unknown usernames cannot be told apart by timing. */
    public void burn(String password) {
        derive(password == null ? "" : password, "timing-equaliser", config.passwordIterations());
    }

    private static String derive(String password, String salt, int iterations) {
        try {
            PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt.getBytes(), iterations, 256);
            byte[] hash = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
            return Base64.getEncoder().encodeToString(hash);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2 is not available", e);
        }
    }
}
