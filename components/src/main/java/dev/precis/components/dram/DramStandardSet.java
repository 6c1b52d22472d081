package dev.precis.components.dram;

import java.util.Map;

/**
 * DRAM standards by the protocol names a configuration gives (DRAMSim3's {@code protocol} key). Found with
 * {@link java.util.ServiceLoader}: list an implementation in
 * {@code META-INF/services/dev.precis.components.dram.DramStandardSet} and its protocols become configurable; a
 * new standard is a new timing table, not a new branch in the controller. {@link DramStandards#forProtocol} looks
 * the names up.
 */
public interface DramStandardSet {
    /** Protocol name (upper case) to its timing table, in the order messages list them. */
    Map<String, DramStandard> byProtocol();
}
