package dev.precis.components.drift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DriftSchedulerTest {
    /** One sub-array of 2 rows of 8/2 PEs: a pass holds 8 rows at 2 bits, 4 at 4 bits, 2 at 8 bits. */
    private static final DriftScheduler.Geometry ONE = new DriftScheduler.Geometry(1, 2, 8, 2);
    private static final byte[] MIXED = {2, 8, 2, 8, 2, 2, 2, 2};

    /** 8 rows of one 64-value K tile: every tile shares one weight segment. */
    private static ActivationTiles run(byte[] bits, boolean last) {
        return new ActivationTiles("conv", 1, bits.length, 64, 16, 1, 64, 0, bits, 8, 8, last);
    }

    private static List<DriftScheduler.Pass> drain(DriftScheduler s) {
        List<DriftScheduler.Pass> out = new ArrayList<>();
        for (Optional<DriftScheduler.Pass> p = s.next(0, false); p.isPresent(); p = s.next(0, false)) out.add(p.get());
        return out;
    }

    private static DriftScheduler scheduler(DriftSchedulingPolicy policy) {
        return new DriftScheduler(ONE, policy, 64, 32);
    }

    @Test
    void driftPackingRunsEachTileAtItsPrecisionInPassesOfOnePrecision() {
        DriftScheduler s = scheduler(new DriftPackingPolicy());
        s.enqueue(1, run(MIXED, false), new AssignedPrecisions(MIXED));
        // only the two 8-bit tiles fill a pass; the six 2-bit tiles wait for more
        List<DriftScheduler.Pass> first = drain(s);
        assertThat(first).extracting(DriftScheduler.Pass::bits).containsExactly(8);
        assertThat(first.get(0).rows()).isEqualTo(2);
        assertThat(s.queuedTiles()).isEqualTo(6);
        // under pressure the partial 2-bit pass goes
        DriftScheduler.Pass partial = s.next(0, true).orElseThrow();
        assertThat(partial.bits()).isEqualTo(2);
        assertThat(partial.rows()).isEqualTo(6);
        assertThat(partial.capacityRows()).isEqualTo(8);
        assertThat(s.completed(first.get(0))).isEmpty();
        assertThat(s.completed(partial)).containsExactly(1L);
    }

    @Test
    void theEndOfALayerLetsPartialPassesGo() {
        DriftScheduler s = scheduler(new DriftPackingPolicy());
        s.enqueue(1, run(MIXED, true), new AssignedPrecisions(MIXED));
        assertThat(drain(s)).extracting(DriftScheduler.Pass::bits).containsExactly(8, 2);
    }

    @Test
    void theStaticPolicyRunsEveryTileAtTheLayersPrecision() {
        DriftScheduler s = scheduler(new StaticLayerPolicy());
        int[] runBits = s.enqueue(1, run(MIXED, true), new AssignedPrecisions(MIXED));
        assertThat(runBits).containsOnly(8);
        assertThat(drain(s)).hasSize(4).allSatisfy(p -> assertThat(p.rows()).isEqualTo(2));
    }

    @Test
    void arrivalOrderPassesRunAtTheirWidestTile() {
        DriftScheduler s = scheduler(new ArrivalOrderPolicy());
        s.enqueue(1, run(MIXED, true), new AssignedPrecisions(MIXED));
        List<DriftScheduler.Pass> passes = drain(s);
        assertThat(passes).extracting(DriftScheduler.Pass::bits).containsExactly(8, 8, 2);
        assertThat(passes).extracting(DriftScheduler.Pass::rows).containsExactly(2L, 2L, 4L);
    }

    @Test
    void tilesOfDifferentWeightSegmentsNeverShareAPass() {
        DriftScheduler s = scheduler(new DriftPackingPolicy());
        byte[] bits = {2, 2, 2, 2};
        // 2 rows x 128 values: tiles alternate between K tiles 0 and 1
        s.enqueue(7, new ActivationTiles("fc", 1, 2, 128, 16, 1, 64, 0, bits, 8, 8, true), new AssignedPrecisions(bits));
        assertThat(drain(s)).hasSize(2).allSatisfy(p -> assertThat(p.tiles()).isEqualTo(2));
    }

    @Test
    void runsOutOfLayerOrderOrTooLargeForTheQueueAreErrors() {
        DriftScheduler s = scheduler(new DriftPackingPolicy());
        s.enqueue(1, run(MIXED, false), new AssignedPrecisions(MIXED));
        ActivationTiles other = new ActivationTiles("next", 1, 8, 64, 16, 1, 64, 0, MIXED, 8, 8, true);
        assertThatThrownBy(() -> s.enqueue(2, other, new AssignedPrecisions(MIXED)))
                .hasMessageContaining("layer next starts before layer conv");
        DriftScheduler small = new DriftScheduler(ONE, new DriftPackingPolicy(), 4, 32);
        assertThatThrownBy(() -> small.enqueue(1, run(MIXED, true), new AssignedPrecisions(MIXED)))
                .hasMessageContaining("overflow");
    }

    @Test
    void tilesRunAtThePrecisionTheBricksGiveThem() {
        assertThat(ONE.hardwareBits(6)).isEqualTo(8);
        assertThat(ONE.hardwareBits(3)).isEqualTo(4);
        assertThat(ONE.hardwareBits(1)).isEqualTo(2);
        assertThat(new DriftScheduler.Geometry(1, 2, 8, 4).hardwareBits(2)).isEqualTo(4);
        DriftScheduler s = scheduler(new DriftPackingPolicy());
        byte[] bits = {6, 8};
        // a 6-bit and an 8-bit tile share one full 8-bit pass
        assertThat(s.enqueue(1, run(bits, false), new AssignedPrecisions(bits))).containsExactly(8, 8);
        assertThat(drain(s)).singleElement().satisfies(p -> assertThat(p.tiles()).isEqualTo(2));
    }

    @Test
    void aSubArrayCarriedInAtAPrecisionPrefersItsQueueAndReportsWhereItEnds() {
        byte[] bits = {8, 8, 2, 2, 2, 2, 2, 2, 2, 2};
        DriftScheduler unconfigured = scheduler(new DriftPackingPolicy());
        unconfigured.enqueue(1, run(bits, true), new AssignedPrecisions(bits));
        assertThat(drain(unconfigured)).extracting(DriftScheduler.Pass::bits).containsExactly(8, 2);
        assertThat(unconfigured.subArrayBits(0)).isEqualTo(2);
        DriftScheduler at2 = new DriftScheduler(ONE, new DriftPackingPolicy(), 64, 32, new int[] {2});
        at2.enqueue(1, run(bits, true), new AssignedPrecisions(bits));
        assertThat(drain(at2)).extracting(DriftScheduler.Pass::bits).containsExactly(2, 8);
        assertThat(at2.subArrayBits(0)).isEqualTo(8);
    }

    @Test
    void initialSubArrayPrecisionsMustListEverySubArrayWithinTheBricks() {
        assertThatThrownBy(() -> new DriftScheduler(ONE, new DriftPackingPolicy(), 64, 32, new int[] {2, 2}))
                .hasMessageContaining("2 initial sub-array precisions for 1 sub-arrays");
        assertThatThrownBy(() -> new DriftScheduler(ONE, new DriftPackingPolicy(), 64, 32, new int[] {16}))
                .hasMessageContaining("outside 0..8");
        var registry = dev.precis.tlm.describe.ComponentRegistry.load();
        assertThatThrownBy(() -> registry.create(DriftSchedulerType.NAME, "s", java.util.Map.of("initialSubArrayBits", "8,8")))
                .hasMessageContaining("initialSubArrayBits '8,8' lists 2 precisions for 4 sub-arrays");
        assertThatThrownBy(() -> registry.create(DriftSchedulerType.NAME, "s", java.util.Map.of("initialSubArrayBits", "8,x,8,8")))
                .hasMessageContaining("'x' is not a whole number");
    }
}
