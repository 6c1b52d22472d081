package dev.precis.accelerators.mapping;

import static dev.precis.accelerators.mapping.TinyDesigns.conv;
import static dev.precis.accelerators.mapping.TinyDesigns.design;
import static dev.precis.accelerators.mapping.TinyDesigns.mapping;
import static dev.precis.accelerators.mapping.TinyDesigns.problem;
import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.accelerators.antfamily.AntFamilyDesigns;
import dev.precis.components.pe.Dataflow;
import dev.precis.components.pe.OperandPrecision;
import dev.precis.workloads.quant.AntDesign;
import dev.precis.workloads.zoo.Layer;
import dev.precis.workloads.zoo.ModelZoo;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TileScheduleTest {

    private static final Dataflow OS = Dataflow.OUTPUT_STATIONARY;

    @Test
    void blocksAreReadWhenTheirLoopsStepAndOutputsWrittenWhenTheirBlockCompletes() {
        // B = 4, IC = 2, OC = 2; order B/OW/OH/IC/OC; weights refetched per IC (depth 4), inputs once, outputs per B.
        LayerProblem p = problem(conv(1, 1, 2, 2, 4), 8, design(16, 1024, 8, 64, OS));
        TileSchedule s = TileSchedule.of(p, mapping("B/OW/OH/IC/OC", 1, 1, 1, 1, OS));
        List<Long> weightReads = new ArrayList<>();
        List<Long> inputReads = new ArrayList<>();
        List<Long> writes = new ArrayList<>();
        for (TileStep step : s) {
            if (step.weightReadBits() > 0) {
                weightReads.add(step.index());
            }
            if (step.inputReadBits() > 0) {
                inputReads.add(step.index());
            }
            if (step.outputWriteBits() > 0) {
                writes.add(step.index());
            }
            assertThat(step.computeCycles()).isEqualTo(1);
        }
        assertThat(s.steps()).isEqualTo(16);
        assertThat(weightReads).containsExactly(0L, 2L, 4L, 6L, 8L, 10L, 12L, 14L);
        assertThat(inputReads).containsExactly(0L);
        assertThat(writes).containsExactly(3L, 7L, 11L, 15L);
    }

    @Test
    void theScheduleSumsToTheEvaluatorsFiguresUnderTheArtifactsRule() {
        List<LayerProblem> problems = new ArrayList<>();
        List<Mapping> mappings = new ArrayList<>();
        LayerProblem tiny = problem(conv(3, 8, 16, 8, 4), 4, design(512, 1024, 256, 32, OS));
        for (LoopOrder order : LoopOrder.all()) {
            problems.add(tiny);
            mappings.add(new Mapping(order, new Tiling(2, 2, 4, 4), OS));
        }
        // The mapper's own choices on real layers, output and weight stationary.
        List<Layer> resnet = ModelZoo.get("resnet18-ant").layers();
        for (AntDesign d : new AntDesign[] {AntDesign.ANT_OS, AntDesign.ANT_WS, AntDesign.OLACCEL}) {
            for (int i : new int[] {0, 7, 16, 20}) {
                LayerProblem p = new LayerProblem(LayerShape.of(resnet.get(i), 4), OperandPrecision.uniform(i == 0 ? 8 : 4),
                        AntFamilyDesigns.of(d));
                problems.add(p);
                mappings.add(MappingSearch.bestMapping(p));
            }
        }
        for (int i = 0; i < problems.size(); i++) {
            LayerProblem p = problems.get(i);
            Mapping m = mappings.get(i);
            LayerResult r = MappingEvaluator.evaluate(p, m);
            TileSchedule s = TileSchedule.of(p, m);
            ScheduleTiming.Totals t = ScheduleTiming.time(s, OverlapRule.LAYER_AGGREGATE);
            assertThat(t.cycles()).as(m.toString()).isEqualTo(r.cycles());
            assertThat(t.computeCycles()).isEqualTo(r.computeCycles());
            assertThat(t.stallCycles()).isEqualTo(r.stallCycles());
            assertThat(t.readBits()).isEqualTo(r.dramReadBits());
            assertThat(t.writeBits()).isEqualTo(r.dramWriteBits());
            assertThat(t.fillBits()).isEqualTo(r.fillBits());
            assertThat(t.buffers()).isEqualTo(r.buffers());
            assertThat(t.steps()).isEqualTo(s.steps());
            ScheduleTiming.Totals db = ScheduleTiming.time(s, OverlapRule.DOUBLE_BUFFERED);
            assertThat(db.cycles()).as(m.toString()).isGreaterThanOrEqualTo(t.cycles());
            assertThat(db.readBits()).isEqualTo(t.readBits());
        }
    }

    @Test
    void rangeSumsOfTrafficEqualWhatTheStepsCarry() {
        LayerProblem tiny = problem(conv(3, 8, 16, 8, 4), 4, design(512, 1024, 256, 32, OS));
        for (LoopOrder order : LoopOrder.all()) {
            for (Tiling tiling : new Tiling[] {new Tiling(2, 2, 4, 4), new Tiling(1, 3, 2, 8)}) {
                TileSchedule s = TileSchedule.of(tiny, new Mapping(order, tiling, OS));
                List<TileStep> steps = new ArrayList<>();
                s.forEach(steps::add);
                for (int block : new int[] {1, 3, 7, 64, (int) s.steps()}) {
                    for (long from = 0; from < s.steps(); from += block) {
                        long to = Math.min(s.steps(), from + block);
                        long reads = 0;
                        long writes = 0;
                        for (long n = from; n < to; n++) {
                            reads += steps.get((int) n).readBits();
                            writes += steps.get((int) n).outputWriteBits();
                        }
                        assertThat(s.readBits(from, to)).as("%s %s reads [%d, %d)", order, tiling, from, to).isEqualTo(reads);
                        assertThat(s.outputWriteBits(from, to)).as("%s %s writes [%d, %d)", order, tiling, from, to)
                                .isEqualTo(writes);
                    }
                }
            }
        }
    }

    @Test
    void doubleBufferingPaysForTransfersEachStepCannotHide() {
        // One weight refetch per IC step: under the per-step rule the 64-bit block reloads cost 1 cycle each over
        // a 64-bit interface while every step computes 1 cycle, so they hide; the fill and the last write-back do not.
        LayerProblem p = problem(conv(1, 1, 2, 2, 4), 8, design(16, 1024, 8, 64, OS));
        TileSchedule s = TileSchedule.of(p, mapping("B/OW/OH/IC/OC", 1, 1, 1, 1, OS));
        ScheduleTiming.Totals db = ScheduleTiming.time(s, OverlapRule.DOUBLE_BUFFERED);
        ScheduleTiming.Totals agg = ScheduleTiming.time(s, OverlapRule.LAYER_AGGREGATE);
        // fill: ceil(320 / 64) = 5; 16 steps of max(1, transfer) = 16 (reads 64 bits, write-backs 32 bits, never both
        // over 64); last write-back ceil(32 / 64) = 1.
        assertThat(db.cycles()).isEqualTo(5 + 16 + 1);
        assertThat(agg.cycles()).isEqualTo(21);
    }
}
