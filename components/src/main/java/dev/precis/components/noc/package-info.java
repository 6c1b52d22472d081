/**
 * Network-on-chip: a cycle-level model of BookSim2-style input-queued virtual-channel routers (route, VC
 * allocation, switch allocation with input, output and internal speedup, switch and link traversal, credits) on
 * k-ary n-cube meshes and tori, crossbars and buses; its parameters, declared once with their defaults in
 * {@link dev.precis.components.noc.NocComponentType} and built by name into
 * {@link dev.precis.components.noc.NocConfig}; synthetic traffic and BookSim2's latency-versus-load experiment
 * ({@link dev.precis.components.noc.NocExperiment}, {@link dev.precis.components.noc.NocSweep},
 * {@link dev.precis.components.noc.NocReport}); the heap estimate that refuses networks too large to build; and the
 * kernel component ({@link dev.precis.components.noc.NocComponent}). Reading BookSim2 configuration files is
 * {@link dev.precis.components.noc.booksim}.
 */
package dev.precis.components.noc;
