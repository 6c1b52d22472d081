/**
 * Network-on-chip: a cycle-level model of input-queued virtual-channel routers (route, VC
 * allocation, switch allocation, switch and link traversal, credits) on mesh, torus, crossbar and
 * bus topologies; synthetic traffic and a BookSim2-style latency-versus-load experiment
 * ({@link dev.precis.components.noc.NocSweep}); and the kernel component
 * ({@link dev.precis.components.noc.NocComponent}).
 */
package dev.precis.components.noc;
