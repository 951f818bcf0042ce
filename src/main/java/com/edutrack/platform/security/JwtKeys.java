package com.edutrack.platform.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.logging.Logger;

import com.edutrack.platform.config.AppConfig;
import com.edutrack.platform.config.ConfigurationException;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The RS256 key pair tokens are signed with: from EDUTRACK_JWT_PRIVATE_KEY / _PUBLIC_KEY (PEM,
 * PKCS#8 and X.509), or in development generated once and kept under the dev state folder so that
 * tokens survive a restart.
 */
@ApplicationScoped
public class JwtKeys {
    private static final Logger LOG = Logger.getLogger(JwtKeys.class.getName());

    @Inject
    AppConfig config;

    private PrivateKey privateKey;
    private PublicKey publicKey;

    @PostConstruct
    void load() {
        if (config.jwtPrivateKey().isPresent()) {
            privateKey = parsePrivate(config.jwtPrivateKey().get());
            publicKey = parsePublic(config.jwtPublicKey().orElseThrow());
            checkPair();
            return;
        }
        Path dir = config.devStateDir();
        Path priv = dir.resolve("jwt-private.pem");
        Path pub = dir.resolve("jwt-public.pem");
        try {
            if (!Files.exists(priv) || !Files.exists(pub)) {
                KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
                generator.initialize(2048);
                KeyPair pair = generator.generateKeyPair();
                Files.createDirectories(dir);
                Files.writeString(priv, pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
                Files.writeString(pub, pem("PUBLIC KEY", pair.getPublic().getEncoded()));
                try {
                    Files.setPosixFilePermissions(priv, PosixFilePermissions.fromString("rw-------"));
                } catch (UnsupportedOperationException ignored) {
                    // not a POSIX file system
                }
                LOG.info("Generated a development JWT key pair in " + dir);
            }
            privateKey = parsePrivate(Files.readString(priv));
            publicKey = parsePublic(Files.readString(pub));
        } catch (IOException | GeneralSecurityException e) {
            throw new ConfigurationException("Cannot create or read the development JWT key pair in " + dir + ": " + e.getMessage());
        }
    }

    private void checkPair() {
        if (privateKey instanceof RSAPrivateCrtKey crt) {
            try {
                PublicKey derived = KeyFactory.getInstance("RSA").generatePublic(new RSAPublicKeySpec(crt.getModulus(), crt.getPublicExponent()));
                if (!derived.equals(publicKey)) {
                    throw new ConfigurationException("EDUTRACK_JWT_PUBLIC_KEY does not belong to EDUTRACK_JWT_PRIVATE_KEY");
                }
            } catch (GeneralSecurityException e) {
                throw new ConfigurationException("EDUTRACK_JWT_PRIVATE_KEY is not a usable RSA key: " + e.getMessage());
            }
        }
    }

    public PrivateKey privateKey() {
        return privateKey;
    }

    public PublicKey publicKey() {
        return publicKey;
    }

    static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }

    private static byte[] der(String pem) {
        String body = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        return Base64.getDecoder().decode(body);
    }

    private static PrivateKey parsePrivate(String pem) {
        try {
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der(pem)));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new ConfigurationException("EDUTRACK_JWT_PRIVATE_KEY must be an RSA private key in PKCS#8 PEM: " + e.getMessage());
        }
    }

    private static PublicKey parsePublic(String pem) {
        try {
            return KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(der(pem)));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new ConfigurationException("EDUTRACK_JWT_PUBLIC_KEY must be an RSA public key in X.509 PEM: " + e.getMessage());
        }
    }
}
