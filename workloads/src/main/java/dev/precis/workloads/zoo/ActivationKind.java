package dev.precis.workloads.zoo;

/**
 * What produced a layer's input activations; the synthetic tensor source picks the
 * value distribution from it (rectified after ReLU, Gaussian before, heavy-tailed
 * outlier channels in Transformers).
 */
public enum ActivationKind {
    /** The network input (a normalised image or embedded tokens): zero-mean Gaussian. */
    NETWORK_INPUT,
    /** Output of a ReLU/ReLU6 (possibly pooled): rectified Gaussian, about half zeros. */
    POST_RELU,
    /** A linear output not followed by a nonlinearity (residual sums, linear bottlenecks): Gaussian. */
    LINEAR,
    /** Output of a GELU: x * Phi(x) of a Gaussian, small negative tail. */
    POST_GELU,
    /** LayerNorm/RMSNorm output or SwiGLU product in a Transformer: Student-t with outlier channels. */
    TRANSFORMER_HIDDEN,
    /** Softmax attention probabilities: non-negative, rows summing to one. */
    ATTENTION_PROBABILITIES
}
