package dev.precis.workloads.operand;

import dev.precis.workloads.tensor.FloatTensor;
import dev.precis.workloads.tensor.SyntheticTensorSource;
import dev.precis.workloads.trace.OperandRef;
import dev.precis.workloads.zoo.Layer;
import dev.precis.workloads.zoo.Model;
import dev.precis.workloads.zoo.TensorRole;
import java.util.ArrayList;
import java.util.List;

/** Supplies the float operands of each layer: synthetic ({@link #synthetic}) or imported tensors. */
public interface OperandSource {

    FloatTensor input(Layer layer, int layerIndex, int batch);

    FloatTensor operandB(Layer layer, int layerIndex, int batch);

    /** Whether this source reads the operand from a real tensor (a file) rather than generating it. */
    default boolean imports(Layer layer, int layerIndex, TensorRole role) {
        return false;
    }

    /** The operands of {@code model} this source imports, by layer then role (what the trace header records). */
    default List<OperandRef> importedOperands(Model model) {
        List<OperandRef> refs = new ArrayList<>();
        for (int i = 0; i < model.layers().size(); i++) {
            Layer layer = model.layers().get(i);
            for (TensorRole role : List.of(TensorRole.INPUT, layer.operandBRole())) {
                if (imports(layer, i, role)) {
                    refs.add(new OperandRef(i, role));
                }
            }
        }
        return refs;
    }

    static OperandSource synthetic(SyntheticTensorSource source) {
        return new OperandSource() {
            @Override
            public FloatTensor input(Layer layer, int layerIndex, int batch) {
                return source.input(layer, layerIndex, batch);
            }

            @Override
            public FloatTensor operandB(Layer layer, int layerIndex, int batch) {
                return source.operandB(layer, layerIndex, batch);
            }
        };
    }
}
