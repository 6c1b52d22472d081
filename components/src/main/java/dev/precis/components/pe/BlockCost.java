package dev.precis.components.pe;

/**
 * What one COMPUTE block costs a PE array, as its pure model computes it; public because a user's array on
 * {@link ComputeArrayComponent} returns one (examples/custom-accelerator).
 *
 * @param cycles       cycles from the block's start to its last MAC, everything included (pipeline fill,
 *                     precision switch)
 * @param switchCycles the part of {@code cycles} lost reconfiguring for a new precision
 * @param macs         multiply-accumulates of the block (the GEMM's m n k, whatever the array skipped)
 * @param energyPj     dynamic energy of the block, pJ
 */
public record BlockCost(long cycles, long switchCycles, long macs, double energyPj) {
    public BlockCost {
        if (cycles < 0 || switchCycles < 0 || switchCycles > cycles || macs < 0 || !(energyPj >= 0)) {
            throw new IllegalArgumentException("invalid block cost: " + cycles + " cycles (" + switchCycles
                    + " switching), " + macs + " MACs, " + energyPj + " pJ");
        }
    }
}
