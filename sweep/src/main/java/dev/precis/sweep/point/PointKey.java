package dev.precis.sweep.point;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The identity of a finished point in the result files: SHA-256 over the Precis version, the evaluator, the
 * point's full configuration and whatever else its numbers depend on that the evaluator names (the content of a
 * composition file the point runs: {@link PointEvaluator#inputsOf}). A rerun with the same code finds the same keys (and skips them); a new version or
 * a different evaluator gives new keys, so results of different code never mix under one key.
 */
public final class PointKey {

    /** Hex digits kept of the digest: 64 bits, collision-free for any sweep a machine can run. */
    private static final int HEX_DIGITS = 16;

    private PointKey() {
    }

    public static String of(Point point, String precisVersion, PointEvaluator evaluator) {
        String text = "precis " + precisVersion + "\nevaluator " + evaluator.id() + "\n" + point.canonical()
                + "\n" + evaluator.inputsOf(point);
        return digest(text.getBytes(StandardCharsets.UTF_8));
    }

    /** The first {@link #HEX_DIGITS} hex digits of the SHA-256 of {@code bytes}. */
    public static String digest(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)).substring(0, HEX_DIGITS);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM has no SHA-256", e);
        }
    }
}
