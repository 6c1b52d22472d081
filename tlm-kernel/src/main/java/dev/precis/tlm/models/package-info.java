/**
 * Small ready-made components and models: a fixed-latency memory, a banked memory, a traffic generator, and the
 * ring and PHOLD models of the kernel benchmarks ({@link dev.precis.tlm.models.KernelModels}); each component has
 * its self-description as a nested {@code Type}.
 */
package dev.precis.tlm.models;
