/**
 * The accelerator run API (ACCEL_CONTRACT.md): {@link dev.precis.accelerators.run.RunRequest} (a preset or a
 * composition file, a model, trace or topology, batch, quantizer, overrides, engine, seed),
 * {@link dev.precis.accelerators.run.AcceleratorRunner} (checks, streams the trace layer by layer, runs each layer
 * on the kernel) and {@link dev.precis.accelerators.run.RunReport} (per layer and total: cycles, compute and stall
 * cycles, MACs, utilisation, DRAM bytes, energy parts; area and clock; report.json, report.csv and report.md
 * written atomically).
 */
package dev.precis.accelerators.run;
