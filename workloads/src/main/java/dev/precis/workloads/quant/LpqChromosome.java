package dev.precis.workloads.quant;

import java.util.List;
import org.apache.commons.math3.genetics.AbstractListChromosome;
import org.apache.commons.math3.exception.util.LocalizedFormats;
import org.apache.commons.math3.genetics.InvalidRepresentationException;

/** A chromosome of per-layer LP parameters: four integer genes per layer (see {@link LpqEvaluator}). */
final class LpqChromosome extends AbstractListChromosome<Integer> {
    private final LpqEvaluator evaluator;

    LpqChromosome(List<Integer> genes, LpqEvaluator evaluator) {
        super(genes);
        this.evaluator = evaluator;
    }

    @Override
    protected void checkValidity(List<Integer> genes) throws InvalidRepresentationException {
        // ranges are checked by the evaluator; here only the shape (the evaluator is not set yet)
        if (genes.isEmpty() || genes.size() % LpqEvaluator.GENES_PER_LAYER != 0 || genes.contains(null)) {
            throw new InvalidRepresentationException(LocalizedFormats.SIMPLE_MESSAGE,
                    "LPQ chromosome needs " + LpqEvaluator.GENES_PER_LAYER + " non-null genes per layer, got " + genes);
        }
    }

    @Override
    public double fitness() {
        return evaluator.fitness(getRepresentation());
    }

    @Override
    public AbstractListChromosome<Integer> newFixedLengthChromosome(List<Integer> genes) {
        return new LpqChromosome(genes, evaluator);
    }

    /** The genes. */
    List<Integer> genes() {
        return getRepresentation();
    }
}
