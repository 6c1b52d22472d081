/**
 * Accelerator compositions: HOCON files (Typesafe Config) of components with their type and parameters, links
 * between ports with latencies, and the quantizer that fits the design; presets ship as resources
 * ({@code presets/NAME.conf}). {@link dev.precis.accelerators.compose.Composition} reads one and applies
 * {@code --set} overrides by path; {@link dev.precis.accelerators.compose.Elaborator} checks everything before the
 * run (each error one line: {@code FILE:LINE: key 'KEY': ...}) and builds a fresh kernel model per layer;
 * {@code Planners} derives the replay controller's planner from the components its ports are linked to.
 */
package dev.precis.accelerators.compose;
