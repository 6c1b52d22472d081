package dev.precis.workloads.tracegen;

/**
 * A quantizer that {@code precis trace --quantizer NAME} can use, describing itself. Implementations
 * are found with {@link java.util.ServiceLoader}: list the class in
 * {@code META-INF/services/dev.precis.workloads.tracegen.QuantizerType} of your jar and it appears
 * in {@code precis info --quantizers} and in {@code precis trace}.
 */
public interface QuantizerType {

    QuantizerDescriptor descriptor();

    /** The quantizer with these settings (already checked against {@link #descriptor()}). */
    LayerQuantization create(QuantizerSettings settings);
}
