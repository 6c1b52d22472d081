/**
 * Command-level DRAM model in the Ramulator 2 / DRAMSim3 style.
 *
 * <p>A standard is data: {@link dev.precis.components.dram.DramStandards} holds DDR4, LPDDR4 and HBM2
 * as tables of {@link dev.precis.components.dram.TimingConstraint}s (scope, preceding commands,
 * following commands, latency expression) plus activation windows; one engine
 * ({@code ChannelState}, {@code CommandQueue}, {@link dev.precis.components.dram.DramController})
 * runs them all. Configurations come from presets named as DRAMSim3's configurations
 * ({@link dev.precis.components.dram.DramPresets}) or from DRAMSim3 {@code .ini} files
 * ({@link dev.precis.components.dram.DramIniReader}), checked key by key against
 * {@link dev.precis.components.dram.DramParameters} and {@code DramRules} by
 * {@link dev.precis.components.dram.DramConfigFactory}, whichever way the values arrive.
 * {@link dev.precis.components.dram.DramComponent}
 * wraps the model as a kernel component; {@code replay} replays DRAMSim3-format traces.
 */
package dev.precis.components.dram;
