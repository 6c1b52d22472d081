package dev.precis.sweep;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The Precis version this code was built as (the Maven project version), part of every point's key. */
public final class PrecisVersion {

    private PrecisVersion() {
    }

    public static String get() {
        try (InputStream in = PrecisVersion.class.getResourceAsStream("version.properties")) {
            if (in == null) throw new IllegalStateException("version.properties is missing from the precis-sweep jar");
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the Precis version: " + e.getMessage(), e);
        }
    }
}
