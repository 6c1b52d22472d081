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
     * K (a ResNet-50 search takes seconds). The values are {@link Builder}'s initial ones.
     */
    public static LpqConfig defaults(long seed) {
        return builder(seed).build();
    }

    /** A builder holding the {@link #defaults} for this seed; set fields by name, then {@link Builder#build()}. */
    public static Builder builder(long seed) {
        return new Builder().seed(seed);
    }

    /** A builder holding these settings. */
    public Builder toBuilder() {
        return new Builder().seed(seed).populationSize(populationSize).generations(generations)
                .crossoverRate(crossoverRate).mutationRate(mutationRate).mutationGeneRate(mutationGeneRate)
                .elitismRate(elitismRate).tournamentArity(tournamentArity).nChoices(nChoices).maxEs(maxEs)
                .sfMin(sfMin).sfStep(sfStep).sfSteps(sfSteps).outputErrorWeight(outputErrorWeight)
                .targetAverageBits(targetAverageBits).bitsPenalty(bitsPenalty).maxCalibrationRows(maxCalibrationRows)
                .maxOutputChannels(maxOutputChannels).maxInnerLength(maxInnerLength);
    }

    /** Same settings with another population size, generation count and mutation rate. */
    public LpqConfig withSearch(int population, int generationCount, double mutation) {
        return toBuilder().populationSize(population).generations(generationCount).mutationRate(mutation).build();
    }

    /** Same settings with another bit budget. */
    public LpqConfig withBitBudget(double target, double penalty) {
        return toBuilder().targetAverageBits(target).bitsPenalty(penalty).build();
    }

    /**
     * Sets the fields of an {@link LpqConfig} by name (the parameters are documented on the
     * record); starts from {@link #defaults}; {@link #build()} checks them all.
     */
    public static final class Builder {
        private long seed;
        private int populationSize = 24;
        private int generations = 20;
        private double crossoverRate = 0.8;
        private double mutationRate = 0.3;
        private double mutationGeneRate = 0.25;
        private double elitismRate = 0.1;
        private int tournamentArity = 3;
        private int[] nChoices = {4, 5, 6, 7, 8};
        private int maxEs = 2;
        private double sfMin = -4.0;
        private double sfStep = 0.25;
        private int sfSteps = 33;
        private double outputErrorWeight = 0.5;
        private double targetAverageBits = 6.0;
        private double bitsPenalty = 1.0;
        private int maxCalibrationRows = 16;
        private int maxOutputChannels = 64;
        private int maxInnerLength = 512;

        private Builder() {
        }

        public Builder seed(long v) {
            seed = v;
            return this;
        }

        public Builder populationSize(int v) {
            populationSize = v;
            return this;
        }

        public Builder generations(int v) {
            generations = v;
            return this;
        }

        public Builder crossoverRate(double v) {
            crossoverRate = v;
            return this;
        }

        public Builder mutationRate(double v) {
            mutationRate = v;
            return this;
        }

        public Builder mutationGeneRate(double v) {
            mutationGeneRate = v;
            return this;
        }

        public Builder elitismRate(double v) {
            elitismRate = v;
            return this;
        }

        public Builder tournamentArity(int v) {
            tournamentArity = v;
            return this;
        }

        public Builder nChoices(int... v) {
            nChoices = v.clone();
            return this;
        }

        public Builder maxEs(int v) {
            maxEs = v;
            return this;
        }

        public Builder sfMin(double v) {
            sfMin = v;
            return this;
        }

        public Builder sfStep(double v) {
            sfStep = v;
            return this;
        }

        public Builder sfSteps(int v) {
            sfSteps = v;
            return this;
        }

        public Builder outputErrorWeight(double v) {
            outputErrorWeight = v;
            return this;
        }

        public Builder targetAverageBits(double v) {
            targetAverageBits = v;
            return this;
        }

        public Builder bitsPenalty(double v) {
            bitsPenalty = v;
            return this;
        }

        public Builder maxCalibrationRows(int v) {
            maxCalibrationRows = v;
            return this;
        }

        public Builder maxOutputChannels(int v) {
            maxOutputChannels = v;
            return this;
        }

        public Builder maxInnerLength(int v) {
            maxInnerLength = v;
            return this;
        }

        /** The configuration; throws {@link IllegalArgumentException} naming the field at fault. */
        public LpqConfig build() {
            return new LpqConfig(seed, populationSize, generations, crossoverRate, mutationRate, mutationGeneRate,
                    elitismRate, tournamentArity, nChoices, maxEs, sfMin, sfStep, sfSteps, outputErrorWeight,
                    targetAverageBits, bitsPenalty, maxCalibrationRows, maxOutputChannels, maxInnerLength);
        }
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
