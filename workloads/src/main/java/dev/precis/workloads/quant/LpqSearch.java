package dev.precis.workloads.quant;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.genetics.Chromosome;
import org.apache.commons.math3.genetics.ElitisticListPopulation;
import org.apache.commons.math3.genetics.GeneticAlgorithm;
import org.apache.commons.math3.genetics.Population;
import org.apache.commons.math3.genetics.TournamentSelection;
import org.apache.commons.math3.genetics.UniformCrossover;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * LPQ: a genetic search (Commons Math {@code genetics}) over per-layer logarithmic posit
 * parameters (n, es, rs, sf), minimising the error of {@link LpqConfig} under a bit budget.
 *
 * <p>Uniform crossover, per-gene mutation, tournament selection, elitist populations; one
 * Well19937c seeded from {@link LpqConfig#seed()} drives everything, so the same layers and
 * config give the same result. Commons Math keeps the GA's random generator in a static field;
 * searches therefore hold the {@code GeneticAlgorithm} class lock while they run, so concurrent
 * searches in one JVM run one after the other and stay deterministic.
 */
public final class LpqSearch {
    private static final Logger LOG = LoggerFactory.getLogger(LpqSearch.class);

    private final LpqConfig config;

    public LpqSearch(LpqConfig config) {
        this.config = config;
    }

    /** The settings. */
    public LpqConfig config() {
        return config;
    }

    /** Runs the search over the layers (in model order). */
    public LpqResult search(List<LpqLayer> layers) {
        if (layers.isEmpty()) {
            throw new IllegalArgumentException("LPQ: no layers to search");
        }
        synchronized (GeneticAlgorithm.class) {
            GeneticAlgorithm.setRandomGenerator(new Well19937c(config.seed()));
            RandomGenerator rng = GeneticAlgorithm.getRandomGenerator();
            LpqEvaluator evaluator = new LpqEvaluator(config, layers);
            int length = layers.size() * LpqEvaluator.GENES_PER_LAYER;
            List<Chromosome> initial = new ArrayList<>(config.populationSize());
            for (int c = 0; c < config.populationSize(); c++) {
                List<Integer> genes = new ArrayList<>(length);
                for (int i = 0; i < length; i++) {
                    genes.add(LpqMutation.randomGene(config, i % LpqEvaluator.GENES_PER_LAYER, rng));
                }
                initial.add(new LpqChromosome(genes, evaluator));
            }
            Population population = new ElitisticListPopulation(initial, config.populationSize(), config.elitismRate());
            GeneticAlgorithm ga = new GeneticAlgorithm(new UniformCrossover<Integer>(0.5), config.crossoverRate(),
                    new LpqMutation(config), config.mutationRate(), new TournamentSelection(config.tournamentArity()));
            double[] best = new double[config.generations() + 1];
            double[] mean = new double[config.generations() + 1];
            record(population, best, mean, 0);
            for (int g = 1; g <= config.generations(); g++) {
                population = ga.nextGeneration(population);
                record(population, best, mean, g);
                LOG.debug("LPQ generation {}: best fitness {}, mean {}", g, best[g], mean[g]);
            }
            LpqChromosome fittest = (LpqChromosome) population.getFittestChromosome();
            List<LpqLayerChoice> choices = new ArrayList<>(layers.size());
            for (int l = 0; l < layers.size(); l++) {
                choices.add(evaluator.choice(fittest.genes(), l));
            }
            return new LpqResult(config, choices, fittest.getFitness(), evaluator.averageBits(fittest.genes()), best,
                    mean, evaluator.evaluations());
        }
    }

    private static void record(Population population, double[] best, double[] mean, int index) {
        double max = Double.NEGATIVE_INFINITY;
        double sum = 0;
        int count = 0;
        for (Chromosome c : population) {
            double f = c.getFitness();
            max = Math.max(max, f);
            sum += f;
            count++;
        }
        best[index] = max;
        mean[index] = sum / count;
    }
}
