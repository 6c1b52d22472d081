package dev.precis.accelerators.compose;

import com.typesafe.config.ConfigOrigin;

/** A link of a composition: {@code from} and {@code to} as {@code component.port}, and its latency in ps. */
public record LinkSpec(String from, String to, long latencyPs, ConfigOrigin origin) {
}
