package dev.precis.components.drift;

import dev.precis.components.drift.DriftSchedulingPolicy.QueueView;
import dev.precis.components.energy.DatapathCosts;
import dev.precis.components.energy.PartCost;
import dev.precis.components.energy.SiliconCost;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Drift's online scheduler as a pure model, our reconstruction (PAPERS.md section 3): detected tiles wait in
 * queues (one per layer, weight segment and, if the {@link DriftSchedulingPolicy policy} separates them, run
 * precision); a free sub-array of the precision-flexible array takes a pass of tiles from the queue the policy
 * picks. The array is {@code subArrays} output-stationary sub-arrays of {@code subArrayRows} rows of
 * bit-brick PEs ({@code maxBits}/{@code minBits}); at b bits a sub-array's rows hold
 * {@code subArrayRows x floor(maxBits / max(b, minBits))} output rows, so a pass holds that many tile rows, all
 * multiplying one weight segment (tiles of different K segments or groups need different weights; partial sums
 * of one output row across segments are accumulated outside the pass, which this model does not time).
 *
 * <p>Tiles run at the precision the bricks give their width ({@link Geometry#hardwareBits}): narrower codes
 * than the brick rate allows gain nothing, so a 6-bit tile queues and runs with the 8-bit ones.
 *
 * <p>A queue may dispatch when a pass would fill every row lane ("full"), when its layer has ended, or under
 * pressure (the scheduler can accept no more runs, so waiting for more tiles could deadlock). A pass mixing
 * precisions (policies that do not separate them) runs at its widest tile.
 *
 * <p>Costs: each tile's descriptor ({@code descriptorBits}) is written into and read out of the queue storage
 * of {@code queueTiles} entries. Parts from {@link DatapathCosts}, 28 nm.
 */
public final class DriftScheduler {

    /** The flexible array as the scheduler sees it. */
    public record Geometry(int subArrays, int subArrayRows, int maxBits, int minBits) {
        public Geometry {
            if (subArrays < 1 || subArrayRows < 1 || minBits < 1 || maxBits < minBits) {
                throw new IllegalArgumentException("scheduler geometry needs subArrays >= 1, subArrayRows >= 1 and "
                        + "1 <= minBits <= maxBits, got " + subArrays + ", " + subArrayRows + ", " + maxBits + "/" + minBits);
            }
        }

        /**
         * The precision the bricks actually run {@code bits}-bit operands at: the widest precision with the same
         * rate, {@code maxBits / floor(maxBits / max(bits, minBits))} (6-bit tiles run as 8-bit on 8/2-bit bricks,
         * 3-bit as 4-bit).
         */
        public int hardwareBits(int bits) {
            rowsPerPass(bits);
            return maxBits / (maxBits / Math.max(bits, minBits));
        }

        /** Output rows one pass holds at {@code bits}. */
        public long rowsPerPass(int bits) {
            if (bits < 1 || bits > maxBits) {
                throw new IllegalArgumentException(bits + "-bit tiles do not fit the " + maxBits + "/" + minBits + "-bit array");
            }
            return (long) subArrayRows * (maxBits / Math.max(bits, minBits));
        }
    }

    /**
     * One pass handed to a sub-array.
     *
     * @param subArray     the sub-array
     * @param layer        the layer
     * @param tiles        tiles in the pass
     * @param rows         output rows (the pass's GEMM m)
     * @param kLength      the weight segment's K extent (the pass's GEMM k)
     * @param outputs      the layer's N
     * @param weightBits   weight precision
     * @param bits         activation precision of the pass
     * @param capacityRows rows the pass could hold at {@code bits}
     * @param tilesByRun   tiles of each run (by run id) in the pass
     */
    public record Pass(int subArray, String layer, int tiles, long rows, long kLength, long outputs, int weightBits,
                       int bits, long capacityRows, Map<Long, Integer> tilesByRun) {
    }

    private record QueueKey(long layerSequence, long weightSegment, int bits) {
    }

    private record Tile(long run, int rows, int bits) {
    }

    /** Tiles waiting for one weight segment (at one precision, or mixed). */
    private static final class TileQueue {
        final String layer;
        final long kLength;
        final long outputs;
        final int weightBits;
        final int tileRows;
        final ArrayDeque<Tile> tiles = new ArrayDeque<>();
        /** The head pass, cached until the queue changes. */
        Head head;

        TileQueue(String layer, long kLength, long outputs, int weightBits, int tileRows) {
            this.layer = layer;
            this.kLength = kLength;
            this.outputs = outputs;
            this.weightBits = weightBits;
            this.tileRows = tileRows;
        }
    }

    /** The pass the queue's head would form: its tiles, rows, precision, and whether it fills the lanes. */
    private record Head(int tiles, long rows, int bits, long capacityRows, boolean full) {
    }

    private final Geometry geometry;
    private final DriftSchedulingPolicy policy;
    private final int queueTiles;
    private final double tilePj;
    private final SiliconCost silicon;
    private final Map<QueueKey, TileQueue> queues = new LinkedHashMap<>();
    private final Map<Long, Integer> remainingByRun = new HashMap<>();
    private final int[] subArrayBits;
    private long layerSequence = -1;
    private String currentLayer;
    private boolean currentLayerEnded = true;
    private long closedThroughSequence = -1;
    private int queuedTiles;
    private int maxQueuedTiles;

    /**
     * @param geometry       the sub-arrays
     * @param policy         the scheduling policy
     * @param queueTiles     capacity of the queue storage, tiles
     * @param descriptorBits bits stored per queued tile
     */
    public DriftScheduler(Geometry geometry, DriftSchedulingPolicy policy, int queueTiles, int descriptorBits) {
        this(geometry, policy, queueTiles, descriptorBits, new int[geometry.subArrays()]);
    }

    /**
     * The same, with each sub-array configured for {@code initialSubArrayBits[i]} (0: unconfigured) when the run
     * starts: the precision it ended the previous layer in, which the policy then avoids switching away from.
     */
    public DriftScheduler(Geometry geometry, DriftSchedulingPolicy policy, int queueTiles, int descriptorBits,
                          int[] initialSubArrayBits) {
        if (queueTiles < 1 || descriptorBits < 1) {
            throw new IllegalArgumentException("scheduler needs queueTiles >= 1 and descriptorBits >= 1");
        }
        if (initialSubArrayBits.length != geometry.subArrays()) {
            throw new IllegalArgumentException(initialSubArrayBits.length + " initial sub-array precisions for "
                    + geometry.subArrays() + " sub-arrays");
        }
        for (int b : initialSubArrayBits) {
            if (b < 0 || b > geometry.maxBits()) {
                throw new IllegalArgumentException("initial sub-array precision " + b + " is outside 0.." + geometry.maxBits());
            }
        }
        this.geometry = geometry;
        this.policy = policy;
        this.queueTiles = queueTiles;
        this.subArrayBits = initialSubArrayBits.clone();
        this.tilePj = DatapathCosts.at28nm(DatapathCosts.muxBits(2L * descriptorBits)).energyPj();
        PartCost storage = DatapathCosts.register(descriptorBits).times(queueTiles)
                .plus(DatapathCosts.muxBits((long) queueTiles * descriptorBits));
        this.silicon = DatapathCosts.at28nm(storage.areaOnly());
    }

    public Geometry geometry() {
        return geometry;
    }

    public DriftSchedulingPolicy policy() {
        return policy;
    }

    /** The activation precision sub-array {@code subArray} is configured for (its last pass's, or the initial one; 0: none). */
    public int subArrayBits(int subArray) {
        return subArrayBits[subArray];
    }

    public int queuedTiles() {
        return queuedTiles;
    }

    public int maxQueuedTiles() {
        return maxQueuedTiles;
    }

    /** Energy of queuing one tile (write and read of its descriptor), pJ. */
    public double tileEnergyPj() {
        return tilePj;
    }

    public double areaMm2() {
        return silicon.areaMm2();
    }

    public double leakagePowerMw() {
        return silicon.leakageMw();
    }

    /**
     * Queues run {@code runId}'s tiles at the precisions the policy gives them, as the bricks run them.
     *
     * @return the run precision of each tile
     * @throws IllegalArgumentException if the run breaks the layer order or overflows the queue storage
     */
    public int[] enqueue(long runId, ActivationTiles run, AssignedPrecisions assigned) {
        if (assigned.count() != run.count()) {
            throw new IllegalArgumentException("layer " + run.layer() + ": " + assigned.count() + " assigned precisions for "
                    + run.count() + " tiles");
        }
        if (!run.layer().equals(currentLayer)) {
            if (!currentLayerEnded) {
                throw new IllegalArgumentException("layer " + run.layer() + " starts before layer " + currentLayer
                        + " sent its last run (lastOfLayer)");
            }
            currentLayer = run.layer();
            currentLayerEnded = false;
            layerSequence++;
        } else if (currentLayerEnded) {
            throw new IllegalArgumentException("layer " + run.layer() + " sent a run after its last run (lastOfLayer)");
        }
        if (queuedTiles + run.count() > queueTiles) {
            throw new IllegalArgumentException("layer " + run.layer() + ": a run of " + run.count() + " tiles would overflow "
                    + "the scheduler's queue of " + queueTiles + " tiles (" + queuedTiles + " queued): send shorter runs "
                    + "or raise queueTiles");
        }
        int[] runBits = new int[run.count()];
        for (int i = 0; i < run.count(); i++) {
            int bits = geometry.hardwareBits(policy.runBits(assigned.bits(i), run.staticBits()));
            runBits[i] = bits;
            QueueKey key = new QueueKey(layerSequence, run.weightSegment(i), policy.separatesPrecisions() ? bits : 0);
            long kLength = run.kLengthOf(i);
            TileQueue q = queues.computeIfAbsent(key,
                    k -> new TileQueue(run.layer(), kLength, run.outputs(), run.weightBits(), run.tileRows()));
            q.tiles.add(new Tile(runId, run.rowsOf(i), bits));
            q.head = null;
        }
        remainingByRun.merge(runId, run.count(), Integer::sum);
        queuedTiles += run.count();
        maxQueuedTiles = Math.max(maxQueuedTiles, queuedTiles);
        if (run.lastOfLayer()) {
            currentLayerEnded = true;
            closedThroughSequence = layerSequence;
        }
        return runBits;
    }

    /**
     * The pass sub-array {@code subArray} takes next, if any queue may dispatch.
     *
     * @param pressure true when the scheduler can accept no more runs: partial passes may go
     */
    public Optional<Pass> next(int subArray, boolean pressure) {
        List<QueueView> views = new ArrayList<>();
        List<Map.Entry<QueueKey, TileQueue>> entries = new ArrayList<>();
        for (Map.Entry<QueueKey, TileQueue> e : queues.entrySet()) {
            Head h = head(e.getValue());
            boolean ended = e.getKey().layerSequence() <= closedThroughSequence;
            if (h.full() || ended || pressure) {
                views.add(new QueueView(e.getKey().layerSequence(), e.getKey().weightSegment(), e.getKey().bits(),
                        e.getValue().tiles.size(), (int) Math.max(1, h.capacityRows() / e.getValue().tileRows), h.full()));
                entries.add(e);
            }
        }
        if (views.isEmpty()) return Optional.empty();
        int chosen = policy.choose(views, subArrayBits[subArray]);
        if (chosen < 0 || chosen >= views.size()) {
            throw new IllegalStateException("policy " + policy.policyName() + " chose queue " + chosen + " of " + views.size());
        }
        Map.Entry<QueueKey, TileQueue> e = entries.get(chosen);
        TileQueue q = e.getValue();
        Head h = head(q);
        Map<Long, Integer> byRun = new LinkedHashMap<>();
        for (int i = 0; i < h.tiles(); i++) {
            Tile t = q.tiles.poll();
            byRun.merge(t.run(), 1, Integer::sum);
        }
        q.head = null;
        if (q.tiles.isEmpty()) queues.remove(e.getKey());
        queuedTiles -= h.tiles();
        subArrayBits[subArray] = h.bits();
        return Optional.of(new Pass(subArray, q.layer, h.tiles(), h.rows(), q.kLength, q.outputs, q.weightBits, h.bits(),
                h.capacityRows(), byRun));
    }

    /** Greedy from the head: add tiles while the pass, at its widest tile so far, still has row lanes for them. */
    private Head head(TileQueue q) {
        if (q.head == null) q.head = formHead(q);
        return q.head;
    }

    private Head formHead(TileQueue q) {
        int tiles = 0;
        long rows = 0;
        int bits = 0;
        Iterator<Tile> it = q.tiles.iterator();
        while (it.hasNext()) {
            Tile t = it.next();
            int widened = Math.max(bits, t.bits());
            long capacity = geometry.rowsPerPass(widened);
            if (tiles > 0 && rows + t.rows() > capacity) {
                return new Head(tiles, rows, bits, geometry.rowsPerPass(bits), true);
            }
            tiles++;
            rows += t.rows();
            bits = widened;
            if (rows >= capacity) return new Head(tiles, rows, bits, capacity, true);
        }
        return new Head(tiles, rows, bits, geometry.rowsPerPass(bits), false);
    }

    /**
     * Records that {@code pass} is done.
     *
     * @return the runs whose every tile is now computed, in the pass's order
     */
    public List<Long> completed(Pass pass) {
        List<Long> done = new ArrayList<>();
        for (Map.Entry<Long, Integer> e : pass.tilesByRun().entrySet()) {
            int left = remainingByRun.merge(e.getKey(), -e.getValue(), Integer::sum);
            if (left == 0) {
                remainingByRun.remove(e.getKey());
                done.add(e.getKey());
            }
        }
        return done;
    }
}
