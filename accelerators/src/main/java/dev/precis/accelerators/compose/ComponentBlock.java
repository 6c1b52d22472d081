package dev.precis.accelerators.compose;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigOrigin;

/**
 * One component of a composition: its instance name, its registered type and its parameter block (the
 * component's HOCON object without {@code type}, composition-wide settings merged in).
 */
public record ComponentBlock(String name, String type, Config params, ConfigOrigin origin) {
}
