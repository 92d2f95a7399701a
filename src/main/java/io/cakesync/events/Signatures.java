package io.cakesync.events;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** HMACs over raw bodies, compared in constant time so a forger learns nothing from the timing. */
final class Signatures {

    private Signatures() {}

    static byte[] hmac(String algorithm, String secret, byte[]... parts) {
        try {
            Mac mac = Mac.getInstance(algorithm);
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), algorithm));
            for (byte[] part : parts) {
                mac.update(part);
            }
            return mac.doFinal();
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("every Java runtime has " + algorithm, e);
        }
    }

    /** Whether {@code given} (hex, any case) is {@code expected}; false for anything that is not hex. */
    static boolean sameHex(byte[] expected, String given) {
        try {
            return MessageDigest.isEqual(expected, HexFormat.of().parseHex(given.strip()));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    static boolean same(String expected, String given) {
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
    }

    /** Why a delivery signed at {@code signedAt} is refused as a possible replay, or null when it is recent enough. */
    static String stale(Instant now, Instant signedAt, Duration tolerance, String header) {
        long off = Math.abs(Duration.between(signedAt, now).toSeconds());
        return off <= tolerance.toSeconds()
                ? null
                : header + " is " + off + " s from this server's clock; at most " + tolerance.toSeconds()
                        + " s are accepted";
    }

    /** A stable id for deliveries that carry none: the same bytes give the same id, so a replay is a duplicate. */
    static String digest(byte[]... parts) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (byte[] part : parts) {
                sha.update(part);
            }
            return "sha256:" + HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
