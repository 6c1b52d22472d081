package dev.precis.accelerators.replay;

import dev.precis.components.drift.ActivationTiles;
import dev.precis.components.pe.ComputeWork;

/** What one COMPUTE transaction of the controller carries: a GEMM block for an array, or a run of tiles for Drift's detector. */
public sealed interface ComputeBlock {

    /** A block of GEMM work ({@code pe.work}, with the layer's {@code pe.formats}). */
    record Gemm(ComputeWork work) implements ComputeBlock {}

    /** A run of activation tiles with their recorded precisions ({@code drift.tiles}). */
    record TileRun(ActivationTiles tiles) implements ComputeBlock {}
}
