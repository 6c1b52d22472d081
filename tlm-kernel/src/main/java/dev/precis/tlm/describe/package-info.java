/**
 * Self-describing components, as SST's are: a {@link dev.precis.tlm.describe.ComponentType} found through
 * ServiceLoader declares its parameters ({@link dev.precis.tlm.describe.ParamSpec}), ports, statistics
 * ({@link dev.precis.tlm.describe.StatSpec}, the one source of what a component registers) and slots
 * ({@link dev.precis.tlm.describe.SlotSpec}: swappable {@link dev.precis.tlm.describe.Policy} implementations found
 * by name through a {@link dev.precis.tlm.describe.PolicyRegistry}); the {@link dev.precis.tlm.describe.ComponentRegistry}
 * builds components from checked {@link dev.precis.tlm.describe.Params}, and the catalogue printer shows it all
 * for {@code precis info}.
 */
package dev.precis.tlm.describe;
