package dev.precis.workloads.tracegen;

import java.util.function.Function;

/**
 * A {@link QuantizerType} made of its descriptor and the adapter's constructor. A quantizer
 * registers a subclass with a public no-argument constructor, which {@link java.util.ServiceLoader}
 * needs: {@code class Type extends DescribedQuantizerType { public Type() { super(DESCRIPTOR, X::new); } }}.
 */
public class DescribedQuantizerType implements QuantizerType {

    private final QuantizerDescriptor descriptor;
    private final Function<QuantizerSettings, LayerQuantization> factory;

    public DescribedQuantizerType(QuantizerDescriptor descriptor,
                                  Function<QuantizerSettings, LayerQuantization> factory) {
        this.descriptor = descriptor;
        this.factory = factory;
    }

    @Override
    public final QuantizerDescriptor descriptor() {
        return descriptor;
    }

    @Override
    public final LayerQuantization create(QuantizerSettings settings) {
        return factory.apply(settings);
    }
}
