package dev.precis.workloads.zoo;

/**
 * A fully connected (linear) layer applied to {@code rowsPerSample} vectors of each sample:
 * 1 for a CNN classifier, the sequence length for a Transformer projection.
 *
 * <p>Lowering: M = batch x rowsPerSample, N = outFeatures, K = inFeatures, count = 1.
 */
public record FcLayer(String name, int inFeatures, int outFeatures, int rowsPerSample,
                      ActivationKind inputKind) implements Layer {

    public FcLayer {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("fc layer needs a name");
        }
        if (inFeatures <= 0 || outFeatures <= 0 || rowsPerSample <= 0) {
            throw new IllegalArgumentException(name + ": inFeatures, outFeatures and rowsPerSample must be positive, got "
                    + inFeatures + ", " + outFeatures + ", " + rowsPerSample);
        }
        if (inputKind == null) {
            throw new IllegalArgumentException(name + ": inputKind is required");
        }
    }

    @Override
    public GemmShape gemm(int batch) {
        Layer.requirePositiveBatch(batch);
        return new GemmShape((long) batch * rowsPerSample, outFeatures, inFeatures, 1);
    }

    @Override
    public boolean hasWeights() {
        return true;
    }

    @Override
    public FcLayer renamed(String newName) {
        return new FcLayer(newName, inFeatures, outFeatures, rowsPerSample, inputKind);
    }

    @Override
    public String kind() {
        return "fc";
    }
}
