package dev.precis.workloads.onnx;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.workloads.trace.OperandRef;
import dev.precis.workloads.trace.TraceSummary;
import dev.precis.workloads.tracegen.QuantizerRegistry;
import dev.precis.workloads.tracegen.TraceGenerator;
import dev.precis.workloads.zoo.TensorRole;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OnnxTraceTest {

    @Test
    void tracegenQuantizesTheCapturedOperandsAndTheHeaderRecordsWhichAreReal(@TempDir Path dir) throws Exception {
        ImportedModel m = OnnxImporter.parse("tiny.onnx", "tiny", TestModels.convReluMatmul().toByteArray(), null);
        ModelInputs inputs = ModelInputs.synthetic(m, 2, 5);
        OnnxOperandSource source = new OnnxOperandSource(m, ActivationCapture.run(m, inputs), inputs.real());
        Path out = dir.resolve("tiny.trace");
        TraceGenerator.generate(m.model(), inputs.count(), 5, source, QuantizerRegistry.load().create("drift"), out,
                line -> { });
        TraceSummary s = TraceSummary.read(out);
        assertThat(s.header().model()).isEqualTo("tiny");
        assertThat(s.header().batch()).isEqualTo(2);
        assertThat(s.header().importedOperands()).containsExactly(new OperandRef(0, TensorRole.WEIGHT),
                new OperandRef(1, TensorRole.INPUT), new OperandRef(1, TensorRole.WEIGHT));
        assertThat(s.layers()).hasSize(2);
        assertThat(s.layers().get(0).layer().gemm().m()).isEqualTo(2L * 2 * 2);
        assertThat(s.layers().get(1).layer().gemm().k()).isEqualTo(8L);
    }
}
