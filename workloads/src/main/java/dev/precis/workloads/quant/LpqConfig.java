package dev.precis.workloads.quant;

import java.util.Arrays;

/**
 * Parameters of the LPQ genetic search (our reconstruction: the paper's global-local contrastive
 * objective is not public, PAPERS.md section 2).
 *
 * <p>Fitness (higher is better) = {@code -(mean over layers of layerError) - bitsPenalty *
 * max(0, averageBits - targetAverageBits)}, with {@code layerError = outputErrorWeight *
 * outputError + (1 - outputErrorWeight) * tensorError}; outputError is the relative squared error
 * {@code ||A W^T - Aq Wq^T||^2 / ||A W^T||^2} of the layer's GEMM output on the calibration rows,
 * tensorError the mean of the weights' and calibration activations' relative squared errors, and
 * averageBits the weight-count-weighted mean n.
 *
 * @param seed seed of the search's random generator (Well19937c)
 * @param populationSize chromosomes per generation
 * @param generations generations after the initial population
 * @param crossoverRate probability that a selected pair is crossed (uniform crossover, ratio 0.5)
 * @param mutationRate probability that a selected pair is mutated
 * @param mutationGeneRate probability that a mutation redraws each gene
 * @param elitismRate share of the fittest kept unchanged each generation
 * @param tournamentArity tournament selection size
 * @param nChoices word sizes n the search may pick
 * @param maxEs largest exponent size es
 * @param sfMin smallest scale factor sf
 * @param sfStep sf grid step
 * @param sfSteps number of sf grid points ({@code sf = sfMin + i * sfStep})
 * @param outputErrorWeight weight of the output error against the tensor error, in [0, 1]
 * @param targetAverageBits average word size above which the penalty applies
 * @param bitsPenalty fitness penalty per bit of average word size above the target
 * @param maxCalibrationRows calibration rows used per layer (the first ones)
 * @param maxOutputChannels weight rows (output channels) used per layer, at an even stride
 * @param maxInnerLength positions along K used per layer, at an even stride (the output error is
 *     then that of partial dot products, an estimate of the full one)
 */
public record LpqConfig(long seed, int populationSize, int generations, double crossoverRate, double mutationRate,
                        double mutationGeneRate, double elitismRate, int tournamentArity, int[] nChoices, int maxEs,
                        double sfMin, double sfStep, int sfSteps, double outputErrorWeight, double targetAverageBits,
                        double bitsPenalty, int maxCalibrationRows, int maxOutputChannels,
                        int maxInnerLength) {

    public LpqConfig {
        nChoices = nChoices.clone();
        if (populationSize < 2 || generations < 0 || tournamentArity < 1 || tournamentArity > populationSize) {
            throw new IllegalArgumentException("LPQ: need populationSize >= 2, generations >= 0, 1 <= tournamentArity <= "
                    + "populationSize; got " + populationSize + ", " + generations + ", " + tournamentArity);
        }
        for (double p : new double[] {crossoverRate, mutationRate, mutationGeneRate, outputErrorWeight}) {
            if (!(p >= 0 && p <= 1)) {
                throw new IllegalArgumentException("LPQ: rates and outputErrorWeight must be in [0, 1], got " + p);
            }
        }
        if (!(elitismRate >= 0 && elitismRate < 1)) {
            throw new IllegalArgumentException("LPQ: elitismRate must be in [0, 1), got " + elitismRate);
        }
        if (nChoices.length == 0) {
            throw new IllegalArgumentException("LPQ: nChoices must not be empty");
        }
        for (int n : nChoices) {
            if (n < 2 || n > 16) {
                throw new IllegalArgumentException("LPQ: each n must be in 2..16, got " + Arrays.toString(nChoices));
            }
        }
        if (maxEs < 0 || maxEs > 4 || sfSteps < 1 || !(sfStep > 0) || !Double.isFinite(sfMin)) {
            throw new IllegalArgumentException("LPQ: need 0 <= maxEs <= 4, sfSteps >= 1, sfStep > 0; got "
                    + maxEs + ", " + sfSteps + ", " + sfStep);
        }
        if (bitsPenalty < 0 || maxCalibrationRows < 1 || maxOutputChannels < 1 || maxInnerLength < 1) {
            throw new IllegalArgumentException("LPQ: need bitsPenalty >= 0 and positive maxCalibrationRows, "
                    + "maxOutputChannels, maxInnerLength");
        }
    }

    /**
     * Defaults (our choices): population 24, 20 generations, crossover 0.8, mutation 0.3 (each gene
     * redrawn with probability 0.25), 10% elitism, tournaments of 3; n in 4..8, es in 0..2, sf in
     * [-4, 4] by 0.25; output and tensor error weighted equally; 6-bit average target with a penalty
     * of 1 per excess bit; per layer 16 calibration rows, 64 output channels and 512 positions along
     * K (a ResNet-50 search takes seconds).
     */
    public static LpqConfig defaults(long seed) {
        return new LpqConfig(seed, 24, 20, 0.8, 0.3, 0.25, 0.1, 3, new int[] {4, 5, 6, 7, 8}, 2,
                -4.0, 0.25, 33, 0.5, 6.0, 1.0, 16, 64, 512);
    }

    /** Same settings with another population size, generation count and mutation rate. */
    public LpqConfig withSearch(int population, int generationCount, double mutation) {
        return new LpqConfig(seed, population, generationCount, crossoverRate, mutation, mutationGeneRate, elitismRate,
                tournamentArity, nChoices, maxEs, sfMin, sfStep, sfSteps, outputErrorWeight, targetAverageBits,
                bitsPenalty, maxCalibrationRows, maxOutputChannels, maxInnerLength);
    }

    /** Same settings with another bit budget. */
    public LpqConfig withBitBudget(double target, double penalty) {
        return new LpqConfig(seed, populationSize, generations, crossoverRate, mutationRate, mutationGeneRate, elitismRate,
                tournamentArity, nChoices, maxEs, sfMin, sfStep, sfSteps, outputErrorWeight, target,
                penalty, maxCalibrationRows, maxOutputChannels, maxInnerLength);
    }

    @Override
    public int[] nChoices() {
        return nChoices.clone();
    }

    /** The i-th sf grid value. */
    public double sf(int index) {
        return sfMin + index * sfStep;
    }

    /** Largest n of the choices. */
    public int maxN() {
        return Arrays.stream(nChoices).max().orElseThrow();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LpqConfig c && seed == c.seed && populationSize == c.populationSize
                && generations == c.generations && Double.compare(crossoverRate, c.crossoverRate) == 0
                && Double.compare(mutationRate, c.mutationRate) == 0 && Double.compare(mutationGeneRate, c.mutationGeneRate) == 0
                && Double.compare(elitismRate, c.elitismRate) == 0 && tournamentArity == c.tournamentArity
                && Arrays.equals(nChoices, c.nChoices) && maxEs == c.maxEs && Double.compare(sfMin, c.sfMin) == 0
                && Double.compare(sfStep, c.sfStep) == 0 && sfSteps == c.sfSteps
                && Double.compare(outputErrorWeight, c.outputErrorWeight) == 0
                && Double.compare(targetAverageBits, c.targetAverageBits) == 0
                && Double.compare(bitsPenalty, c.bitsPenalty) == 0 && maxCalibrationRows == c.maxCalibrationRows
                && maxOutputChannels == c.maxOutputChannels && maxInnerLength == c.maxInnerLength;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(seed) * 31 + populationSize * 17 + generations + Arrays.hashCode(nChoices);
    }

    @Override
    public String toString() {
        return "LpqConfig[seed=" + seed + ", population=" + populationSize + ", generations=" + generations
                + ", crossover=" + crossoverRate + ", mutation=" + mutationRate + ", geneMutation=" + mutationGeneRate
                + ", elitism=" + elitismRate + ", tournament=" + tournamentArity + ", n=" + Arrays.toString(nChoices)
                + ", maxEs=" + maxEs + ", sf=[" + sfMin + " + i*" + sfStep + ", i<" + sfSteps + "], outputWeight="
                + outputErrorWeight + ", targetBits=" + targetAverageBits + ", bitsPenalty=" + bitsPenalty + ", calibrationRows="
                + maxCalibrationRows + ", outputChannels=" + maxOutputChannels + ", innerLength=" + maxInnerLength + "]";
    }
}
