/**
 * Reading BookSim2 configuration files ({@code key = value;} statements, {@code //} comments): the syntax, the
 * table of BookSim2's keys with their defaults, and the mapping of the keys Precis models onto the NoC's
 * parameters ({@link dev.precis.components.noc.NocComponentType}) and experiment settings
 * ({@link dev.precis.components.noc.NocExperiment}).
 */
package dev.precis.components.noc.booksim;
