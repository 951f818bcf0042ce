package com.edutrack.platform.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import com.edutrack.platform.config.ConfigurationException;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.lang.HashUtil;

/**
 * The RSA keys tokens may be signed with, oldest first. Each key's id ({@code kid}) is its RFC 7638
 * thumbprint, so a key keeps its id wherever it is configured (the single-key variables, a key
 * directory, the dev state) and tokens survive moving it. The newest key that holds a private part
 * signs; every key verifies. A key listed with its public part only is published and verifies but
 * never signs: that is how a new key is announced before it takes over.
 */
public final class KeyRing {
    /** One key: its id, the public part, and the private part when this server may sign with it. */
    public record Key(String kid, RSAPublicKey publicKey, PrivateKey privateKey, String source) {
        boolean canSign() {
            return privateKey != null;
        }
    }

    private final List<Key> keys;
    private final Key signing;

    private KeyRing(List<Key> keys) {
        this.keys = List.copyOf(keys);
        this.signing = keys.stream().filter(Key::canSign).reduce((older, newer) -> newer)
                .orElseThrow(() -> new ConfigurationException("no JWT private key configured: one key must hold a private part to sign tokens"));
    }

    public static KeyRing of(List<Key> oldestFirst) {
        return new KeyRing(oldestFirst);
    }

    /** EDUTRACK_JWT_PRIVATE_KEY / _PUBLIC_KEY: one pair, whose halves must match. */
    public static KeyRing ofPair(String privatePem, String publicPem) {
        PrivateKey priv = parsePrivate(privatePem, "EDUTRACK_JWT_PRIVATE_KEY");
        RSAPublicKey pub = parsePublic(publicPem, "EDUTRACK_JWT_PUBLIC_KEY");
        if (!derivePublic(priv, "EDUTRACK_JWT_PRIVATE_KEY").equals(pub)) {
            throw new ConfigurationException("EDUTRACK_JWT_PUBLIC_KEY does not belong to EDUTRACK_JWT_PRIVATE_KEY");
        }
        return of(List.of(key(pub, priv, "EDUTRACK_JWT_PRIVATE_KEY")));
    }

    /**
     * A key directory: every {@code *.pem} file is one key, a PKCS#8 private key (signs and
     * verifies) or an X.509 public key (verifies only); age follows the file names, so name them by
     * date ({@code 2025-06-01.pem}).
     */
    public static KeyRing ofDirectory(Path dir) {
        List<Key> keys = new ArrayList<>();
        for (Path file : pemFiles(dir)) {
            String name = "EDUTRACK_JWT_KEY_DIR file " + file.getFileName();
            String pem;
            try {
                pem = Files.readString(file, StandardCharsets.US_ASCII);
            } catch (IOException e) {
                throw new ConfigurationException("cannot read " + name + ": " + e.getMessage());
            }
            if (pem.contains("-----BEGIN PRIVATE KEY-----")) {
                PrivateKey priv = parsePrivate(pem, name);
                keys.add(key(derivePublic(priv, name), priv, name));
            } else if (pem.contains("-----BEGIN PUBLIC KEY-----")) {
                keys.add(key(parsePublic(pem, name), null, name));
            } else {
                throw new ConfigurationException(name + " must hold one RSA key in PEM: PKCS#8 'PRIVATE KEY' or X.509 'PUBLIC KEY'");
            }
        }
        if (keys.isEmpty()) {
            throw new ConfigurationException("EDUTRACK_JWT_KEY_DIR " + dir + " holds no *.pem key file");
        }
        return of(keys);
    }

    /** The key files of a directory in age order (by name); hidden files are ignored. */
    static List<Path> pemFiles(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".pem") && !f.getFileName().toString().startsWith("."))
                    .filter(Files::isRegularFile).sorted(Comparator.comparing(f -> f.getFileName().toString())).toList();
        } catch (IOException e) {
            throw new ConfigurationException("cannot list EDUTRACK_JWT_KEY_DIR " + dir + ": " + e.getMessage());
        }
    }

    public static Key key(RSAPublicKey pub, PrivateKey priv, String source) {
        return new Key(thumbprint(pub), pub, priv, source);
    }

    public Key signing() {
        return signing;
    }

    public List<Key> keys() {
        return keys;
    }

    public Optional<Key> find(String kid) {
        return keys.stream().filter(k -> k.kid().equals(kid)).findFirst();
    }

    /** The public keys as JWKs (kid, use=sig, alg=RS256), for verifying and for publishing. */
    public List<JsonWebKey> publicJwks() {
        List<JsonWebKey> out = new ArrayList<>();
        for (Key k : keys) {
            RsaJsonWebKey jwk = new RsaJsonWebKey(k.publicKey());
            jwk.setKeyId(k.kid());
            jwk.setUse("sig");
            jwk.setAlgorithm(AlgorithmIdentifiers.RSA_USING_SHA256);
            out.add(jwk);
        }
        return out;
    }

    /** The JWK Set document of {@code /.well-known/jwks.json}: public parts only. */
    public String jwksJson() {
        return new JsonWebKeySet(publicJwks()).toJson(JsonWebKey.OutputControlLevel.PUBLIC_ONLY);
    }

    static String thumbprint(RSAPublicKey pub) {
        return new RsaJsonWebKey(pub).calculateBase64urlEncodedThumbprint(HashUtil.SHA_256);
    }

    static byte[] der(String pem) {
        return Base64.getDecoder().decode(pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", ""));
    }

    static PrivateKey parsePrivate(String pem, String name) {
        try {
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der(pem)));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new ConfigurationException(name + " must be an RSA private key in PKCS#8 PEM: " + e.getMessage());
        }
    }

    static RSAPublicKey parsePublic(String pem, String name) {
        try {
            return (RSAPublicKey) KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(der(pem)));
        } catch (GeneralSecurityException | IllegalArgumentException | ClassCastException e) {
            throw new ConfigurationException(name + " must be an RSA public key in X.509 PEM: " + e.getMessage());
        }
    }

    static RSAPublicKey derivePublic(PrivateKey priv, String name) {
        if (!(priv instanceof RSAPrivateCrtKey crt)) {
            throw new ConfigurationException(name + " must be an RSA private key with its CRT parameters (PKCS#8 as openssl writes it)");
        }
        try {
            return (RSAPublicKey) KeyFactory.getInstance("RSA").generatePublic(new RSAPublicKeySpec(crt.getModulus(), crt.getPublicExponent()));
        } catch (GeneralSecurityException e) {
            throw new ConfigurationException(name + " is not a usable RSA key: " + e.getMessage());
        }
    }

    static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }
}
