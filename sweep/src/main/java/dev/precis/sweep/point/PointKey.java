package dev.precis.sweep.point;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The identity of a finished point in the result files: SHA-256 over the Precis version, the evaluator and the
 * point's full configuration. A rerun with the same code finds the same keys (and skips them); a new version or
 * a different evaluator gives new keys, so results of different code never mix under one key.
 */
public final class PointKey {

    /** Hex digits kept of the digest: 64 bits, collision-free for any sweep a machine can run. */
    private static final int HEX_DIGITS = 16;

    private PointKey() {
    }

    public static String of(Point point, String precisVersion, String evaluatorId) {
        String text = "precis " + precisVersion + "\nevaluator " + evaluatorId + "\n" + point.canonical();
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, HEX_DIGITS);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM has no SHA-256", e);
        }
    }
}
