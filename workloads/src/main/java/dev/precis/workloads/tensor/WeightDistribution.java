package dev.precis.workloads.tensor;

/** Family of the per-channel weight distribution. */
enum WeightDistribution {
    GAUSSIAN,
    /** Laplace with the same standard deviation: heavier tails, sharper peak, as trained weights often show. */
    LAPLACE
}
