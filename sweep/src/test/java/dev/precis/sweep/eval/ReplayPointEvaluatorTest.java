package dev.precis.sweep.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.precis.accelerators.run.AcceleratorRunner;
import dev.precis.accelerators.run.EngineKind;
import dev.precis.accelerators.run.RunProgress;
import dev.precis.accelerators.run.RunReport;
import dev.precis.accelerators.run.RunRequest;
import dev.precis.accelerators.run.Workload;
import dev.precis.sweep.point.Point;
import dev.precis.sweep.point.PointResult;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReplayPointEvaluatorTest {

    private final ReplayPointEvaluator evaluator = new ReplayPointEvaluator();

    @Test
    void aPointGivesWhatPrecisRunGivesForTheSameSettings() {
        Map<String, String> set = Map.of("pe.rows", "16", "dataflow", "ws");
        PointResult r = evaluator.evaluate(Point.of("systolic", "mobilenetv2", "int8", 1, set));
        RunReport run = AcceleratorRunner.run(new RunRequest("systolic", new Workload.Model("mobilenetv2"), 1,
                Optional.empty(), set, EngineKind.SEQUENTIAL, 1), RunProgress.NONE);
        assertThat(r.cycles()).isEqualTo(run.total().cycles());
        assertThat(r.macs()).isEqualTo(run.total().macs());
        assertThat(r.energyPj().orElseThrow().total()).isEqualTo(run.total().energyPj().total());
        assertThat(r.energyPj().orElseThrow().dram()).isEqualTo(run.total().energyPj().dram());
        assertThat(r.areaMm2()).contains(run.areaMm2());
        assertThat(r.clockMhz()).isEqualTo(run.clockMhz());

        PointResult wider = evaluator.evaluate(Point.of("systolic", "mobilenetv2", "int8", 1, Map.of("pe.rows", "64")));
        assertThat(wider.macs()).isEqualTo(r.macs());
        assertThat(wider.cycles()).isNotEqualTo(r.cycles());
    }

    @Test
    void namesAndParametersAreCheckedAsTheCompositionChecksThem() {
        assertThat(evaluator.defaultQuantizer("systolic")).isEqualTo("int8");
        assertThat(evaluator.accelerators()).contains("ant", "systolic");
        evaluator.checkParameter("systolic", "pe.cols", "64");
        assertThatThrownBy(() -> evaluator.checkAccelerator("npu"))
                .hasMessageStartingWith("unknown accelerator 'npu' (presets: ant,");
        assertThatThrownBy(() -> evaluator.checkParameter("systolic", "pe.rowz", "16"))
                .hasMessageContaining("has no parameter 'rowz'");
        assertThatThrownBy(() -> evaluator.checkParameter("systolic", "pe.rows", "0"))
                .hasMessageContaining("parameter 'rows' = 0 is below its minimum 1");
        assertThatThrownBy(() -> evaluator.checkQuantizer("systolic", "fp8"))
                .hasMessageStartingWith("unknown quantizer 'fp8'; known: int8");
        assertThatThrownBy(() -> evaluator.checkModel("systolic", "alexnet", "int8"))
                .hasMessageStartingWith("unknown model 'alexnet'");
    }
}
