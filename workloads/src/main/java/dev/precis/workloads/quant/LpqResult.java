package dev.precis.workloads.quant;

import java.util.List;

/**
 * Outcome of an LPQ search.
 *
 * <p>What a trace needs: {@link #layers()} (the chosen LP(n, es, rs, sf) per layer); the search
 * parameters and fitness history document how they were found.
 *
 * @param config the search settings (seed included)
 * @param layers chosen parameters, in input order
 * @param fitness fitness of the chosen chromosome
 * @param averageBits weight-count-weighted mean n of the choice
 * @param bestFitnessHistory best fitness of the initial population and after each generation
 * @param meanFitnessHistory mean fitness of the same populations
 * @param evaluations distinct (layer, parameters) error evaluations the search made
 */
public record LpqResult(LpqConfig config, List<LpqLayerChoice> layers, double fitness, double averageBits,
                        double[] bestFitnessHistory, double[] meanFitnessHistory, int evaluations) {

    public LpqResult {
        layers = List.copyOf(layers);
    }
}
