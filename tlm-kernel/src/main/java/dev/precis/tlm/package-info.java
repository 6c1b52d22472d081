/**
 * The simulation kernel: simulated time and clocks, components and the context they see, ports, links and
 * transactions (TLM-2.0's generic payload with the AT and LT protocols, and the sockets that implement them),
 * models and their elaboration, and the two engines that run them with the same results (sequential and the Akka
 * actor engine), plus the {@link dev.precis.tlm.ComponentHarness} for unit tests of one component.
 * Sub-packages: {@code describe} (self-describing component types, parameters, slots), {@code stats}
 * (statistics), {@code trace} (Chrome-trace and VCD output), {@code models} (small models for examples and
 * benchmarks).
 */
package dev.precis.tlm;
