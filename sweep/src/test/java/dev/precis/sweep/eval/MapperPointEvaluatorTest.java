package dev.precis.sweep.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.precis.accelerators.antfamily.AntBenchmark;
import dev.precis.accelerators.antfamily.AntFamilyDesigns;
import dev.precis.accelerators.mapping.ModelMapper;
import dev.precis.accelerators.mapping.ModelResult;
import dev.precis.accelerators.systolic.SystolicLayerResult;
import dev.precis.accelerators.systolic.SystolicModelRun;
import dev.precis.components.pe.Dataflow;
import dev.precis.components.pe.SystolicArray;
import dev.precis.sweep.point.Point;
import dev.precis.sweep.point.PointResult;
import dev.precis.workloads.quant.AntDesign;
import dev.precis.workloads.quant.AntPrecisionPlans;
import dev.precis.workloads.zoo.ModelZoo;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MapperPointEvaluatorTest {

    private final MapperPointEvaluator evaluator = new MapperPointEvaluator();

    @Test
    void anUnchangedPresetGivesTheArtifactMappersFigures() {
        PointResult r = evaluator.evaluate(Point.of("bitfusion", "resnet18", "artifact", 4, Map.of()));
        ModelResult expected = ModelMapper.map(AntBenchmark.RESNET18.model(AntDesign.BITFUSION),
                AntBenchmark.RESNET18.bits(AntDesign.BITFUSION, AntPrecisionPlans.artifact()),
                AntFamilyDesigns.of(AntDesign.BITFUSION), 4);
        assertThat(r.cycles()).isEqualTo(expected.total().cycles());
        assertThat(r.macs()).isEqualTo(expected.total().macs());
        assertThat(r.energyPj().orElseThrow().total()).isEqualTo(expected.energy().totalPj());
        assertThat(r.energyPj().orElseThrow().dram()).isEqualTo(expected.energy().dramPj());
        assertThat(r.clockMhz()).isEqualTo(500.0);
    }

    @Test
    void aSmallerArrayTakesMoreCyclesAndLessArea() {
        PointResult big = evaluator.evaluate(Point.of("ant-os", "vgg16", "int8", 1, Map.of()));
        PointResult small = evaluator.evaluate(Point.of("ant-os", "vgg16", "int8", 1, Map.of("pe.rows", "16")));
        assertThat(small.cycles()).isGreaterThan(big.cycles());
        assertThat(small.areaMm2().orElseThrow()).isLessThan(big.areaMm2().orElseThrow());
        assertThat(small.macs()).isEqualTo(big.macs());
    }

    @Test
    void aLargerInputBufferCostsMoreEnergyPerAccessAndArea() {
        PointResult base = evaluator.evaluate(Point.of("adafloat", "vit", "artifact", 1, Map.of()));
        PointResult big = evaluator.evaluate(Point.of("adafloat", "vit", "artifact", 1,
                Map.of("buffer.inputKiB", "1024")));
        assertThat(big.areaMm2().orElseThrow()).isGreaterThan(base.areaMm2().orElseThrow());
        assertThat(big.energyPj().orElseThrow().buffer()).isNotEqualTo(base.energyPj().orElseThrow().buffer());
    }

    @Test
    void theClockChangesTimeNotCycles() {
        PointResult slow = evaluator.evaluate(Point.of("ant-ws", "mnli", "artifact", 1, Map.of("clock.mhz", "250")));
        PointResult fast = evaluator.evaluate(Point.of("ant-ws", "mnli", "artifact", 1, Map.of()));
        assertThat(slow.cycles()).isEqualTo(fast.cycles());
        assertThat(slow.seconds()).isEqualTo(2 * fast.seconds());
        assertThat(slow.gopsPerMm2().orElseThrow()).isEqualTo(fast.gopsPerMm2().orElseThrow() / 2, within());
    }

    @Test
    void theSystolicModelSumsItsLayers() {
        PointResult r = evaluator.evaluate(Point.of("systolic", "resnet18", "int8", 1,
                Map.of("pe.rows", "16", "pe.dataflow", "ws")));
        long cycles = 0;
        for (SystolicLayerResult l : SystolicModelRun.run(ModelZoo.get("resnet18"), new SystolicArray(16, 32),
                Dataflow.WEIGHT_STATIONARY, 1)) {
            cycles += l.cycles();
        }
        assertThat(r.cycles()).isEqualTo(cycles);
        assertThat(r.energyPj()).isEmpty();
        assertThat(r.areaMm2()).isPresent();
    }

    @Test
    void unknownNamesAndValuesAreRefusedNamingThem() {
        assertThatThrownBy(() -> evaluator.checkParameter("systolic", "buffer.inputKiB", "64"))
                .hasMessageStartingWith("unknown parameter 'buffer.inputKiB' for accelerator 'systolic'; known: pe.rows");
        assertThatThrownBy(() -> evaluator.checkQuantizer("bitfusion", "rule"))
                .hasMessageContaining("no precision rule for bitfusion");
        assertThatThrownBy(() -> evaluator.checkModel("ant-os", "mobilenetv2", "artifact"))
                .hasMessageContaining("has no ANT artifact precision plan");
        evaluator.checkModel("ant-os", "mobilenetv2", "int4");
    }

    private static org.assertj.core.data.Offset<Double> within() {
        return org.assertj.core.data.Offset.offset(1e-9);
    }
}
