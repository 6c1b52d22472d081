package dev.precis.workloads.quant;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.genetics.Chromosome;
import org.apache.commons.math3.genetics.GeneticAlgorithm;
import org.apache.commons.math3.genetics.MutationPolicy;
import org.apache.commons.math3.random.RandomGenerator;

/** Redraws each gene with probability {@code mutationGeneRate}, within its range. */
final class LpqMutation implements MutationPolicy {
    private final LpqConfig config;

    LpqMutation(LpqConfig config) {
        this.config = config;
    }

    @Override
    public Chromosome mutate(Chromosome original) {
        LpqChromosome c = (LpqChromosome) original;
        RandomGenerator rng = GeneticAlgorithm.getRandomGenerator();
        List<Integer> genes = new ArrayList<>(c.genes());
        for (int i = 0; i < genes.size(); i++) {
            if (rng.nextDouble() < config.mutationGeneRate()) {
                genes.set(i, randomGene(config, i % LpqEvaluator.GENES_PER_LAYER, rng));
            }
        }
        return c.newFixedLengthChromosome(genes);
    }

    /** A uniformly drawn value of gene kind {@code kind} (0 n index, 1 es, 2 rs, 3 sf index). */
    static int randomGene(LpqConfig config, int kind, RandomGenerator rng) {
        return switch (kind) {
            case 0 -> rng.nextInt(config.nChoices().length);
            case 1 -> rng.nextInt(config.maxEs() + 1);
            case 2 -> 1 + rng.nextInt(Math.max(1, config.maxN() - 1));
            default -> rng.nextInt(config.sfSteps());
        };
    }
}
