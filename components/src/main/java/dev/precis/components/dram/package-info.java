/**
 * Command-level DRAM model in the Ramulator 2 / DRAMSim3 style.
 *
 * <p>A standard is data: {@link dev.precis.components.dram.DramStandards} holds DDR4, LPDDR4 and HBM2
 * as tables of {@code TimingConstraint}s (scope, preceding commands, following commands, latency expression)
 * plus activation windows, and finds a configuration's protocol among the registered
 * {@link dev.precis.components.dram.DramStandardSet}s (ServiceLoader; the built-in one is
 * {@link dev.precis.components.dram.JedecStandardSet}). One engine ({@code ChannelState}, {@code CommandQueue},
 * {@link dev.precis.components.dram.DramController}) runs them all. The controller's swappable parts are slots
 * ({@code DramPolicies}): {@link dev.precis.components.dram.RowBufferPolicy},
 * {@link dev.precis.components.dram.RefreshPolicy} and {@link dev.precis.components.dram.QueueStructure}, each
 * an interface whose implementations (DRAMSim3's: open/close page, staggered/simultaneous refresh, per-bank/per-rank
 * queues) are registered through ServiceLoader by name and chosen in a composition block ({@code pagePolicy},
 * {@code refreshPolicy}, {@code queueStructure}) or a configuration. Configurations come from presets named as
 * DRAMSim3's configurations ({@link dev.precis.components.dram.DramPresets}) or from DRAMSim3 {@code .ini} files
 * ({@code DramIniReader}), checked key by key against {@code DramParameters} and {@code DramRules} by
 * {@code DramConfigFactory}, whichever way the values arrive; those readers and checks are package-private.
 * {@link dev.precis.components.dram.DramComponent} wraps the model as a kernel component
 * ({@link dev.precis.components.dram.DramComponentType} declares its parameters, slots and statistics);
 * {@code replay} replays DRAMSim3-format traces.
 */
package dev.precis.components.dram;
