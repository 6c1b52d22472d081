package dev.precis.components.drift;

import dev.precis.tlm.describe.Policy;
import java.util.List;

/**
 * The slot of {@link DriftSchedulerComponent} that decides how queued activation tiles become passes on the
 * flexible array's sub-arrays. The scheduler keeps the queues (one per layer, weight segment and, if the policy
 * separates them, run precision) and asks the policy two things: at which precision a tile runs, and which
 * ready queue a free sub-array takes next. Implementations are stateless, registered in
 * {@code META-INF/services/dev.precis.components.drift.DriftSchedulingPolicy} and chosen by name
 * ({@code policy = drift-packing}).
 */
public interface DriftSchedulingPolicy extends Policy {

    /** The precision a tile the detector assigned {@code assignedBits} runs at, in a layer of {@code staticBits}. */
    int runBits(int assignedBits, int staticBits);

    /**
     * True if tiles of different run precisions wait in different queues (a pass then has one precision);
     * false if they share a queue in arrival order (a pass then runs at its widest tile).
     */
    boolean separatesPrecisions();

    /**
     * Which of {@code ready} (never empty; in queue creation order, oldest first) the free sub-array takes.
     *
     * @param ready          the queues that may dispatch now
     * @param subArrayBits   the precision the sub-array last ran (0 before its first pass), to avoid switches
     * @return an index into {@code ready}
     */
    int choose(List<QueueView> ready, int subArrayBits);

    /**
     * What a policy sees of one queue.
     *
     * @param layerSequence  the layer's position in arrival order (0, 1, ...)
     * @param weightSegment  the tiles' weight segment (group x kTiles + kTile)
     * @param bits           the queue's run precision (0 if the queue mixes precisions)
     * @param tiles          tiles waiting
     * @param tilesPerPass   tiles one pass holds at the queue's precision (its widest tile's, if mixed)
     * @param full           tiles >= tilesPerPass: a pass would use every row lane
     */
    record QueueView(long layerSequence, long weightSegment, int bits, int tiles, int tilesPerPass, boolean full) {
    }
}
