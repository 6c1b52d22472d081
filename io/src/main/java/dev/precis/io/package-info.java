/**
 * Results: {@link dev.precis.io.Report} is a result's text and JSON forms, the two a command prints. Result files: {@link dev.precis.io.AtomicFile} writes every file Precis produces (statistics, traces, Chrome
 * traces, VCDs, workload traces) atomically, with the user's umask, cleaning up after interrupts, and reports
 * failures as {@link dev.precis.io.OutputFileException}s naming the target. The bottom of the module graph:
 * the kernel and the workloads, which do not know each other, both write through it.
 */
package dev.precis.io;
