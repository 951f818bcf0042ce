package com.edutrack.platform.security;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import java.util.stream.Collectors;

import com.edutrack.platform.config.AppConfig;
import com.edutrack.platform.config.ConfigurationException;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Where the signing keys come from, in this order: a key directory (EDUTRACK_JWT_KEY_DIR, several
 * keys, rotation without a restart), the single pair EDUTRACK_JWT_PRIVATE_KEY / _PUBLIC_KEY, or in
 * development a pair generated once under the dev state folder so tokens survive a restart.
 *
 * <p>A key directory is looked at again at most once a second: a key file added, replaced or removed
 * takes effect without a restart, so a removed key's tokens stop working at once. A change that
 * does not load (a half-written file, no private key left) is logged and the previous keys stay.
 */
@ApplicationScoped
public class JwtKeys {
    private static final Logger LOG = Logger.getLogger(JwtKeys.class.getName());
    static final long RECHECK_MILLIS = 1000;

    @Inject
    AppConfig config;

    private volatile KeyRing ring;
    private Path dir;
    private List<String> seen = List.of();
    private volatile long checkedAt;

    @PostConstruct
    void load() {
        if (config.jwtKeyDir().isPresent()) {
            dir = config.jwtKeyDir().get();
            seen = listing(dir);
            ring = KeyRing.ofDirectory(dir);
            checkedAt = System.currentTimeMillis();
            LOG.info("JWT keys from " + dir + ": " + describe(ring));
        } else if (config.jwtPrivateKey().isPresent()) {
            ring = KeyRing.ofPair(config.jwtPrivateKey().get(), config.jwtPublicKey().orElseThrow());
        } else {
            ring = devRing(config.devStateDir());
        }
    }

    /** The keys in force now. */
    public KeyRing current() {
        if (dir != null && System.currentTimeMillis() - checkedAt >= RECHECK_MILLIS) {
            recheck();
        }
        return ring;
    }

    private synchronized void recheck() {
        long now = System.currentTimeMillis();
        if (now - checkedAt < RECHECK_MILLIS) {
            return;
        }
        checkedAt = now;
        List<String> listing;
        try {
            listing = listing(dir);
        } catch (ConfigurationException e) {
            LOG.severe("JWT key directory unreadable, keeping the previous keys: " + e.getMessage());
            return;
        }
        if (listing.equals(seen)) {
            return;
        }
        seen = listing; // a bad state is reported once, not every second
        try {
            KeyRing next = KeyRing.ofDirectory(dir);
            ring = next;
            LOG.info("JWT keys reloaded from " + dir + ": " + describe(next));
        } catch (ConfigurationException e) {
            LOG.severe("JWT key directory change not applied, keeping the previous keys: " + e.getMessage());
        }
    }

    /** Name, size and modification time of each key file: what tells a change. */
    private static List<String> listing(Path dir) {
        List<String> out = new ArrayList<>();
        for (Path f : KeyRing.pemFiles(dir)) {
            try {
                out.add(f.getFileName() + "|" + Files.size(f) + "|" + Files.getLastModifiedTime(f).toMillis());
            } catch (IOException e) {
                out.add(f.getFileName() + "|unreadable");
            }
        }
        return out;
    }

    private static String describe(KeyRing ring) {
        return ring.keys().stream().map(k -> k.kid() + (k == ring.signing() ? " (signs)" : "")).collect(Collectors.joining(", "));
    }

    private static KeyRing devRing(Path dir) {
        Path priv = dir.resolve("jwt-private.pem");
        Path pub = dir.resolve("jwt-public.pem");
        try {
            if (!Files.exists(priv) || !Files.exists(pub)) {
                KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
                generator.initialize(2048);
                KeyPair pair = generator.generateKeyPair();
                Files.createDirectories(dir);
                Files.writeString(priv, KeyRing.pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
                Files.writeString(pub, KeyRing.pem("PUBLIC KEY", pair.getPublic().getEncoded()));
                try {
                    Files.setPosixFilePermissions(priv, PosixFilePermissions.fromString("rw-------"));
                } catch (UnsupportedOperationException ignored) {
                    // not a POSIX file system
                }
                LOG.info("Generated a development JWT key pair in " + dir);
            }
            PrivateKey key = KeyRing.parsePrivate(Files.readString(priv), priv.toString());
            return KeyRing.of(List.of(KeyRing.key(KeyRing.parsePublic(Files.readString(pub), pub.toString()), key, "dev-state")));
        } catch (IOException | GeneralSecurityException e) {
            throw new ConfigurationException("Cannot create or read the development JWT key pair in " + dir + ": " + e.getMessage());
        }
    }
}
