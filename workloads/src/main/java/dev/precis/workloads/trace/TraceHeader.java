package dev.precis.workloads.trace;

import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * First record of a trace: what was quantized, how, and from which seed.
 *
 * @param model               model name (zoo name or imported file's base name)
 * @param quantizer           quantizer name, e.g. {@code int8}, {@code drift}
 * @param quantizerParameters the quantizer's parameters as text, sorted by key
 * @param seed                model seed the operands were generated from
 * @param batch               batch size the GEMM shapes are given for
 * @param layerCount          number of layer records that follow
 * @param generator           free text naming the program that wrote the file
 */
public record TraceHeader(String model, String quantizer, SortedMap<String, String> quantizerParameters,
                          long seed, int batch, int layerCount, String generator) implements TraceRecord {

    public TraceHeader {
        quantizerParameters = Collections.unmodifiableSortedMap(new TreeMap<>(quantizerParameters));
    }
}
