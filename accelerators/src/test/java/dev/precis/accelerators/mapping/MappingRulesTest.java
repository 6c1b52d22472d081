package dev.precis.accelerators.mapping;

import static dev.precis.accelerators.mapping.TinyDesigns.conv;
import static dev.precis.accelerators.mapping.TinyDesigns.design;
import static dev.precis.accelerators.mapping.TinyDesigns.mapping;
import static dev.precis.accelerators.mapping.TinyDesigns.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.precis.components.pe.Dataflow;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The artifact's tiling rules on layers small enough to work out by hand. */
class MappingRulesTest {

    private static final Dataflow OS = Dataflow.OUTPUT_STATIONARY;
    private static final Dataflow WS = Dataflow.WEIGHT_STATIONARY;

    @Test
    void tilesArePaddedToTheArrayTimesThePrecisionFactor() {
        // K = 3, ic = 3: the reduction K^2 ic = 27 pads to 28 lanes of a 4-row array at 8 bits, 32 at 4 bits (pf 2).
        LayerShape shape = conv(3, 2, 3, 4, 1);
        MapperDesign d = design(256, 128, 64, 64, OS);
        TileCosts t8 = MappingEvaluator.tileCosts(problem(shape, 8, d), mapping("B/OW/OH/IC/OC", 1, 1, 3, 4, OS));
        assertThat(t8.weightTileBits()).isEqualTo(28 * 4 * 8);
        assertThat(t8.inputTileBits()).isEqualTo(28 * 8);
        assertThat(t8.outputTileBits()).isEqualTo(4 * 16);
        assertThat(t8.computeCycles()).isEqualTo(27); // ceil(1 / 4) x ceil(4 / 4) x 27
        TileCosts t4 = MappingEvaluator.tileCosts(problem(shape, 4, d), mapping("B/OW/OH/IC/OC", 1, 1, 3, 4, OS));
        assertThat(t4.weightTileBits()).isEqualTo(32 * 4 * 4);
        assertThat(t4.inputTileBits()).isEqualTo(32 * 4);
        TileCosts ws8 = MappingEvaluator.tileCosts(problem(shape, 8, d.withDataflow(WS)), mapping("B/OW/OH/IC/OC", 1, 1, 3, 4, WS));
        assertThat(ws8.computeCycles()).isEqualTo(7); // 1 pixel x ceil(4 / 4) x ceil(27 / 4)
        TileCosts ws4 = MappingEvaluator.tileCosts(problem(shape, 4, d.withDataflow(WS)), mapping("B/OW/OH/IC/OC", 1, 1, 3, 4, WS));
        assertThat(ws4.computeCycles()).isEqualTo(4); // ceil(27 / 8)
    }

    @Test
    void aTileLargerThanHalfItsBufferIsRejected() {
        LayerShape shape = conv(3, 2, 3, 4, 1);
        Mapping m = mapping("B/OW/OH/IC/OC", 1, 1, 3, 4, OS);
        // The weight tile is 896 bits: it fits a 224-byte buffer's half exactly, not a 223-byte one's.
        assertThat(MappingEvaluator.admits(problem(shape, 8, design(224, 128, 64, 64, OS)), m)).isTrue();
        assertThat(MappingEvaluator.admits(problem(shape, 8, design(223, 128, 64, 64, OS)), m)).isFalse();
        // The input tile is 224 bits: a 56-byte input buffer holds it in one half, a 55-byte one does not.
        assertThat(MappingEvaluator.admits(problem(shape, 8, design(224, 56, 64, 64, OS)), m)).isTrue();
        assertThat(MappingEvaluator.admits(problem(shape, 8, design(224, 55, 64, 64, OS)), m)).isFalse();
        // The output tile is never checked, as in the artifact.
        assertThat(MappingEvaluator.admits(problem(shape, 8, design(224, 56, 1, 64, OS)), m)).isTrue();
        assertThatThrownBy(() -> MappingEvaluator.evaluate(problem(shape, 8, design(223, 128, 64, 64, OS)), m))
                .hasMessageContaining("rejected").hasMessageContaining("weight tile 896 bits (half buffer 892)");
    }

    /** B = 4, IC = 2, OC = 2, 1x1 everything, 1-element tiles: weight tiles 32 bits, input 32, output 16. */
    private static LayerProblem refetchCase(int width) {
        return problem(conv(1, 1, 2, 2, 4), 8, design(16, 1024, 8, width, OS));
    }

    @Test
    void aTensorIsRefetchedOnceItsBlockNoLongerFitsHalfItsBuffer() {
        LayerProblem p = refetchCase(64);
        LayerResult r = MappingEvaluator.evaluate(p, mapping("B/OW/OH/IC/OC", 1, 1, 1, 1, OS));
        // Weights: OC grows the block to 64 bits (= half of 16 B); IC would make it 128: refetched per IC and per B.
        assertThat(r.weights()).isEqualTo(new OperandTraffic(Operand.WEIGHTS, 32, 64, 64 * 2 * 4, 4, 0));
        // Inputs fit whole: read once.
        assertThat(r.inputs()).isEqualTo(new OperandTraffic(Operand.INPUTS, 32, 256, 256, 0, 0));
        // Outputs: OC grows the block to 32 bits (= half of 8 B), IC reuses it, B overflows: written once per B.
        assertThat(r.outputs()).isEqualTo(new OperandTraffic(Operand.OUTPUTS, 16, 32, 32 * 4, 1, 0));
    }

    @Test
    void loopsOutsideTheOverflowingOneRefetchEvenIfTheyDoNotIndexTheTensor() {
        LayerProblem p = refetchCase(64);
        LayerResult r = MappingEvaluator.evaluate(p, mapping("IC/OC/B/OW/OH", 1, 1, 1, 1, OS));
        // Weights: B, OW, OH reuse the tile, OC grows it to 64, IC overflows: two blocks.
        assertThat(r.weights()).isEqualTo(new OperandTraffic(Operand.WEIGHTS, 32, 64, 128, 1, 0));
        // Outputs: B overflows at the third loop; OC and the reduction loop IC outside it both re-write: 16 x 4 x 2 x 2.
        assertThat(r.outputs()).isEqualTo(new OperandTraffic(Operand.OUTPUTS, 16, 16, 256, 3, 0));
    }

    @Test
    void theLastWriteBackIsADrainOnlyWhenTheInnermostOutputLoopOverflows() {
        LayerProblem p = refetchCase(64);
        LayerResult r = MappingEvaluator.evaluate(p, mapping("IC/OC/OW/OH/B", 1, 1, 1, 1, OS));
        assertThat(r.outputs()).isEqualTo(new OperandTraffic(Operand.OUTPUTS, 16, 16, 256, 5, 16));
    }

    @Test
    void stallsAreTheFillTheDrainAndTheTransfersComputeCannotHide() {
        Mapping m = mapping("B/OW/OH/IC/OC", 1, 1, 1, 1, OS);
        // 16 tiles of 1 cycle; fill 64 + 256 bits; middle 512 + 256 + 128 - 320 = 576 bits; no drain.
        LayerResult wide = MappingEvaluator.evaluate(refetchCase(64), m);
        assertThat(wide.computeCycles()).isEqualTo(16);
        assertThat(wide.fillBits()).isEqualTo(320);
        assertThat(wide.stallCycles()).isEqualTo(5); // ceil(320 / 64); the 9 middle cycles hide under 16 of compute
        assertThat(wide.cycles()).isEqualTo(21);
        LayerResult narrow = MappingEvaluator.evaluate(refetchCase(16), m);
        assertThat(narrow.stallCycles()).isEqualTo(20 + (36 - 16)); // fill ceil(320 / 16) + (middle 36 - compute 16)
        assertThat(narrow.dramReadBits()).isEqualTo(768);
        assertThat(narrow.dramWriteBits()).isEqualTo(128);
    }

    @Test
    void bufferAccessesCountFillsWriteBacksAndTheArraysReads() {
        LayerResult r = MappingEvaluator.evaluate(refetchCase(64), mapping("B/OW/OH/IC/OC", 1, 1, 1, 1, OS));
        // Output stationary, per tile: 1 output x K^2 ic = 1 input and 1 weight read (8 bits each), 16-bit output read and write.
        assertThat(r.buffers()).isEqualTo(new BufferAccesses(16 * 8, 512, 16 * 8, 256, 128 + 16 * 16, 16 * 16));
    }

    @Test
    void energiesFollowTheArtifactsTwoFormulas() {
        LayerStats s = new LayerStats(100, 80, 20, 0, 1024, 2048, new BufferAccesses(1, 2, 3, 4, 5, 6));
        double expectedSearch = 100 * (1 + 16 + 3838.05 / 500000) + 80 * 2 + 1 * 0.5 + 2 * 0.25 + 3 * 0.125 + 4 * 0.0625
                + 5 * 4 + 6 * 8 + 1024 * (1.18294 / 1024) + 2048 * (1.47797 / 1024);
        assertThat(ArtifactEnergyModel.searchEnergyNj(s, TinyDesigns.COSTS)).isEqualTo(expectedSearch);
        EnergyBreakdown e = ArtifactEnergyModel.breakdown(s, TinyDesigns.COSTS);
        assertThat(e.staticPj()).isEqualTo(100 * (484.615 / 500) * 1000);
        assertThat(e.dramPj()).isEqualTo((1024 * (0.644304 / 1024) + 2048 * (0.784104 / 1024)) * 1000);
        assertThat(e.bufferPj()).isEqualTo((0.5 + 0.5 + 0.375 + 0.25 + 20 + 48) * 1000);
        assertThat(e.corePj()).isEqualTo((100 * 1.0 + 80 * 2.0) * 1000);
    }

    @Test
    void anOrderAndItsWidthHeightMirrorCostTheSame() {
        LayerProblem p = problem(conv(3, 8, 16, 8, 4), 4, design(512, 1024, 256, 32, OS));
        Tiling t = new Tiling(2, 2, 4, 4);
        for (LoopOrder order : LoopOrder.all()) {
            LayerResult a = MappingEvaluator.evaluate(p, new Mapping(order, t, OS));
            LayerResult b = MappingEvaluator.evaluate(p, new Mapping(order.withWidthAndHeightSwapped(), t, OS));
            assertThat(b.stats()).as(order.toString()).isEqualTo(a.stats());
        }
    }

    @Test
    void theSearchFindsTheBestOfEveryOrderAndPowerOfTwoTiling() {
        List<LayerProblem> problems = List.of(
                problem(conv(3, 8, 16, 8, 4), 4, design(512, 1024, 256, 32, OS)),
                problem(conv(3, 8, 16, 8, 4), 8, design(512, 1024, 256, 32, WS)),
                problem(conv(1, 1, 64, 32, 16), 8, design(256, 512, 128, 64, OS)),
                problem(conv(3, 5, 12, 20, 3), 4, design(1024, 512, 64, 16, WS)));
        for (LayerProblem p : problems) {
            LayerResult best = null;
            for (LoopOrder order : LoopOrder.all()) {
                for (long b : MappingSearch.powerOfTwoSizes(p.shape().batch())) {
                    for (long o : MappingSearch.powerOfTwoSizes(p.shape().out())) {
                        for (long ic : MappingSearch.powerOfTwoSizes(p.shape().inChannels())) {
                            for (long oc : MappingSearch.powerOfTwoSizes(p.shape().outChannels())) {
                                Mapping m = new Mapping(order, new Tiling(b, (int) o, (int) ic, (int) oc), p.design().dataflow());
                                if (!MappingEvaluator.admits(p, m)) {
                                    continue;
                                }
                                LayerResult r = MappingEvaluator.evaluate(p, m);
                                if (best == null || r.cycles() < best.cycles()
                                        || (r.cycles() == best.cycles() && r.searchEnergyNj() < best.searchEnergyNj())) {
                                    best = r;
                                }
                            }
                        }
                    }
                }
            }
            LayerResult found = MappingSearch.best(p);
            assertThat(found.cycles()).isEqualTo(best.cycles());
            assertThat(found.searchEnergyNj()).isEqualTo(best.searchEnergyNj());
            assertThat(found.stats()).isEqualTo(best.stats());
        }
    }

    @Test
    void tileSizesArePowersOfTwoCappedByTheDimension() {
        assertThat(MappingSearch.powerOfTwoSizes(1)).containsExactly(1);
        assertThat(MappingSearch.powerOfTwoSizes(3)).containsExactly(1, 2, 3);
        assertThat(MappingSearch.powerOfTwoSizes(4)).containsExactly(1, 2, 4);
        assertThat(MappingSearch.powerOfTwoSizes(224)).containsExactly(1, 2, 4, 8, 16, 32, 64, 128, 224);
    }

    @Test
    void thereAre120LoopOrdersAndHalfAreCosted() {
        assertThat(new HashSet<>(LoopOrder.all())).hasSize(120);
        assertThat(MappingSearch.costedOrders()).hasSize(60);
        assertThat(LoopOrder.parse("OC/IC/B/OW/OH").toString()).isEqualTo("OC/IC/B/OW/OH");
        assertThatThrownBy(() -> LoopOrder.parse("B/OW/OH/IC/IC")).hasMessageContaining("twice");
        assertThatThrownBy(() -> LoopOrder.parse("B/OW/OH/IC/KX")).hasMessageContaining("unknown loop 'KX'");
    }

    @Test
    void aLayerNoTilingFitsIsReportedByName() {
        LayerProblem p = problem(new LayerShape("conv7", 7, 4, 1, 8, 8, 1, 1), 8, design(8, 8, 8, 64, OS));
        assertThatThrownBy(() -> MappingSearch.best(p)).hasMessageContaining("conv7: no tiling fits design tiny");
    }
}
