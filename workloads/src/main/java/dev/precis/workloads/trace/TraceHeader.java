package dev.precis.workloads.trace;

import dev.precis.workloads.zoo.TensorRole;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * First record of a trace: what was quantized, how, from which seed, and which operands came
 * from real tensors.
 *
 * @param model             model name (zoo name or imported file's base name)
 * @param quantizer         quantizer name, e.g. {@code int8}, {@code drift}
 * @param quantizerSettings the quantizer's options as text, sorted by name: passed back as
 *                          {@code precis trace --param NAME=VALUE} they reproduce the trace
 * @param quantizerDetails  what else the quantizer records, none of it an option (fixed
 *                          properties, what a model-wide pass derived), sorted by key; keys
 *                          differ from the settings' names
 * @param seed              model seed the synthetic operands were generated from
 * @param batch             batch size the GEMM shapes are given for
 * @param layerCount        number of layer records that follow
 * @param generator         free text naming the program that wrote the file
 * @param importedOperands  the operands read from {@code .npy} files, in file order (by layer,
 *                          then role); every other operand is synthetic from the seed
 */
public record TraceHeader(String model, String quantizer, SortedMap<String, String> quantizerSettings,
                          SortedMap<String, String> quantizerDetails, long seed, int batch, int layerCount,
                          String generator, List<OperandRef> importedOperands) implements TraceRecord {

    public TraceHeader {
        quantizerSettings = Collections.unmodifiableSortedMap(new TreeMap<>(quantizerSettings));
        quantizerDetails = Collections.unmodifiableSortedMap(new TreeMap<>(quantizerDetails));
        importedOperands = List.copyOf(importedOperands);
    }

    /** A header with settings only (no details) and every operand synthetic. */
    public TraceHeader(String model, String quantizer, SortedMap<String, String> quantizerSettings, long seed,
                       int batch, int layerCount, String generator) {
        this(model, quantizer, quantizerSettings, new TreeMap<>(), seed, batch, layerCount, generator, List.of());
    }

    /** Settings and details in one map, sorted by key (what {@code precis trace inspect} prints). */
    public SortedMap<String, String> quantizerParameters() {
        SortedMap<String, String> all = new TreeMap<>(quantizerDetails);
        all.putAll(quantizerSettings);
        return Collections.unmodifiableSortedMap(all);
    }

    /** Whether operand {@code role} of layer {@code layerIndex} was read from a {@code .npy} file. */
    public boolean imported(int layerIndex, TensorRole role) {
        return Collections.binarySearch(importedOperands, new OperandRef(layerIndex, role)) >= 0;
    }
}
