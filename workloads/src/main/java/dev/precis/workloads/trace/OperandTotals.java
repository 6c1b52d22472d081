package dev.precis.workloads.trace;

import dev.precis.workloads.zoo.TensorRole;

/**
 * Sums over all tiles of one operand of one layer, written in the layer-end record and
 * checked by the reader against the tiles it read.
 *
 * @param precisionHistogram tiles per runtime precision, index = bits (0..32); null without PRECISION
 */
public record OperandTotals(TensorRole role, long tiles, long nonzero, long[] precisionHistogram,
                            boolean hoSlices, long hoZeroVectors, long hoFrequentVectors, long rleRuns, long rleBits) {

    static OperandTotals empty(TensorRole role, java.util.Set<TileField> fields) {
        return new OperandTotals(role, 0, 0,
                fields.contains(TileField.PRECISION) ? new long[TraceFormat.MAX_PRECISION_BITS + 1] : null,
                fields.contains(TileField.HO_SLICES), 0, 0, 0, 0);
    }

    OperandTotals plus(TileColumns c) {
        long nz = nonzero;
        long zero = hoZeroVectors;
        long freq = hoFrequentVectors;
        long runs = rleRuns;
        long bits = rleBits;
        long[] histogram = precisionHistogram == null ? null : precisionHistogram.clone();
        for (int i = 0; i < c.size(); i++) {
            nz += c.nonzero()[i];
            if (histogram != null) {
                histogram[c.precision(i)]++;
            }
            if (c.hoZeroVectors() != null) {
                zero += c.hoZeroVectors()[i];
                freq += c.hoFrequentVectors()[i];
                runs += c.rleRuns()[i];
                bits += c.rleBits()[i];
            }
        }
        return new OperandTotals(role, tiles + c.size(), nz, histogram, hoSlices, zero, freq, runs, bits);
    }

    boolean sameAs(OperandTotals o) {
        return role == o.role && tiles == o.tiles && nonzero == o.nonzero
                && java.util.Arrays.equals(precisionHistogram, o.precisionHistogram) && hoSlices == o.hoSlices
                && hoZeroVectors == o.hoZeroVectors && hoFrequentVectors == o.hoFrequentVectors
                && rleRuns == o.rleRuns && rleBits == o.rleBits;
    }
}
