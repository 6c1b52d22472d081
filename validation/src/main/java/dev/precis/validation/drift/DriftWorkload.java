package dev.precis.validation.drift;

import dev.precis.components.drift.ActivationTiles;
import dev.precis.validation.papers.ModelLayers;
import dev.precis.workloads.trace.TileGrid;
import dev.precis.workloads.tracegen.OperandTiles;
import dev.precis.workloads.zoo.TensorRole;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A model's activation tiles as Drift's detector receives them: the {@code drift} quantizer's runtime precision
 * of every 1 x 64 tile of each layer's input operand (static int8/uint8 first, as {@code precis trace --quantizer
 * drift} writes them), cut into runs of at most {@link #RUN_TILES} tiles in the trace's tile order.
 *
 * @param runs      every run, layer after layer
 * @param tilesByBits tiles of the whole model per runtime precision
 */
record DriftWorkload(String model, int batch, List<ActivationTiles> runs, Map<Integer, Long> tilesByBits) {

    /** Tiles per run: four runs fill the scheduler's default queue of 16384 tiles at most. */
    static final int RUN_TILES = 2048;
    /** Drift starts from 8-bit statically quantized models (PAPERS.md section 3); weights stay at 8 bits. */
    static final int STATIC_BITS = 8;

    static DriftWorkload of(String model, int batch, Map<String, String> quantizerOptions) {
        List<ActivationTiles> runs = new ArrayList<>();
        Map<Integer, Long> histogram = new TreeMap<>();
        ModelLayers.quantize(model, batch, "drift", quantizerOptions, (operands, quantized) -> {
            OperandTiles input = quantized.tiles().stream().filter(t -> t.role() == TensorRole.INPUT).findFirst()
                    .orElseThrow(() -> new IllegalStateException(model + " layer " + operands.layer().name()
                            + ": the drift quantizer gave no input tiles"));
            TileGrid grid = input.grid();
            byte[] bits = input.columns().precisionBits();
            for (byte b : bits) {
                histogram.merge((int) b, 1L, Long::sum);
            }
            String name = operands.layerIndex() + ":" + operands.layer().name();
            for (int first = 0; first < bits.length; first += RUN_TILES) {
                int end = Math.min(bits.length, first + RUN_TILES);
                runs.add(new ActivationTiles(name, grid.groups(), grid.rows(), grid.cols(), operands.gemm().n(),
                        grid.tileRows(), grid.tileCols(), first, Arrays.copyOfRange(bits, first, end), STATIC_BITS,
                        STATIC_BITS, end == bits.length));
            }
        });
        return new DriftWorkload(model, batch, runs, histogram);
    }

    long tiles() {
        return tilesByBits.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Share of the tiles at {@code bits}. */
    double share(int bits) {
        return tilesByBits.getOrDefault(bits, 0L) / (double) tiles();
    }
}
