package dev.precis.workloads.zoo;

import java.util.ArrayList;
import java.util.List;

/**
 * Transformer layer lists: ViT-B/16, BERT-base and one LLaMA-7B decoder block. Only
 * GEMMs are listed (projections and the two attention matrix products per layer);
 * normalisation, softmax, embeddings lookups and residual additions are not.
 */
final class Transformers {

    private static final ActivationKind HIDDEN = ActivationKind.TRANSFORMER_HIDDEN;
    private static final ActivationKind LINEAR = ActivationKind.LINEAR;
    private static final ActivationKind PROBABILITIES = ActivationKind.ATTENTION_PROBABILITIES;

    /** ViT-B/16 (Dosovitskiy et al., 2021): width 768, 12 layers, 12 heads, MLP 3072, 224x224, patch 16. */
    static final int VIT_WIDTH = 768;
    static final int VIT_DEPTH = 12;
    static final int VIT_HEADS = 12;
    static final int VIT_MLP = 3072;
    static final int VIT_PATCH = 16;
    static final int VIT_IMAGE = 224;

    /** BERT-base (Devlin et al., 2019): hidden 768, 12 layers, 12 heads, intermediate 3072. */
    static final int BERT_HIDDEN = 768;
    static final int BERT_LAYERS = 12;
    static final int BERT_HEADS = 12;
    static final int BERT_INTERMEDIATE = 3072;
    static final int BERT_SEQUENCE = 128;

    /** LLaMA-7B (Touvron et al., 2023, Table 2 and the released config): dim 4096, 32 heads, SwiGLU 11008. */
    static final int LLAMA_DIM = 4096;
    static final int LLAMA_HEADS = 32;
    static final int LLAMA_FFN = 11008;
    static final int LLAMA_PREFILL_TOKENS = 512;

    private Transformers() {
    }

    static Model vitB16() {
        List<Layer> layers = new ArrayList<>();
        ConvLayer patch = ConvLayer.square("patch_embed", new FeatureMap(3, VIT_IMAGE, VIT_IMAGE), VIT_WIDTH,
                VIT_PATCH, VIT_PATCH, 0, 1, ActivationKind.NETWORK_INPUT);
        layers.add(patch);
        int tokens = patch.outHeight() * patch.outWidth() + 1; // + class token
        int headDim = VIT_WIDTH / VIT_HEADS;
        for (int i = 0; i < VIT_DEPTH; i++) {
            String p = "blocks." + i + ".";
            layers.add(new FcLayer(p + "attn.qkv", VIT_WIDTH, 3 * VIT_WIDTH, tokens, HIDDEN));
            layers.add(new MatMulLayer(p + "attn.scores", tokens, tokens, headDim, VIT_HEADS, LINEAR, LINEAR));
            layers.add(new MatMulLayer(p + "attn.context", tokens, headDim, tokens, VIT_HEADS, PROBABILITIES, LINEAR));
            layers.add(new FcLayer(p + "attn.proj", VIT_WIDTH, VIT_WIDTH, tokens, LINEAR));
            layers.add(new FcLayer(p + "mlp.fc1", VIT_WIDTH, VIT_MLP, tokens, HIDDEN));
            layers.add(new FcLayer(p + "mlp.fc2", VIT_MLP, VIT_WIDTH, tokens, ActivationKind.POST_GELU));
        }
        layers.add(new FcLayer("head", VIT_WIDTH, 1000, 1, HIDDEN)); // class token only
        return new Model("vit-b16", "ViT-B/16, 224x224, 197 tokens, 1000 classes", layers);
    }

    static Model bertBase() {
        List<Layer> layers = new ArrayList<>();
        int headDim = BERT_HIDDEN / BERT_HEADS;
        int seq = BERT_SEQUENCE;
        for (int i = 0; i < BERT_LAYERS; i++) {
            String p = "encoder.layer." + i + ".";
            layers.add(new FcLayer(p + "attention.query", BERT_HIDDEN, BERT_HIDDEN, seq, HIDDEN));
            layers.add(new FcLayer(p + "attention.key", BERT_HIDDEN, BERT_HIDDEN, seq, HIDDEN));
            layers.add(new FcLayer(p + "attention.value", BERT_HIDDEN, BERT_HIDDEN, seq, HIDDEN));
            layers.add(new MatMulLayer(p + "attention.scores", seq, seq, headDim, BERT_HEADS, LINEAR, LINEAR));
            layers.add(new MatMulLayer(p + "attention.context", seq, headDim, seq, BERT_HEADS, PROBABILITIES, LINEAR));
            layers.add(new FcLayer(p + "attention.output", BERT_HIDDEN, BERT_HIDDEN, seq, LINEAR));
            layers.add(new FcLayer(p + "intermediate", BERT_HIDDEN, BERT_INTERMEDIATE, seq, HIDDEN));
            layers.add(new FcLayer(p + "output", BERT_INTERMEDIATE, BERT_HIDDEN, seq, ActivationKind.POST_GELU));
        }
        layers.add(new FcLayer("pooler", BERT_HIDDEN, BERT_HIDDEN, 1, HIDDEN)); // [CLS] token only
        return new Model("bert-base", "BERT-base encoder + pooler, sequence 128 (no task head)", layers);
    }

    /**
     * One LLaMA-7B decoder block processing {@code queries} new tokens against a key/value
     * context of {@code contextTokens} (including the new ones). Prefill: queries = context = 512.
     * Decode: one query against 513 keys (the step right after a 512-token prefill). The
     * causal mask is not exploited: the score and context products are counted in full,
     * as a dense accelerator computes them.
     */
    static Model llamaBlock(String name, String description, int queries, int contextTokens) {
        List<Layer> layers = new ArrayList<>();
        int headDim = LLAMA_DIM / LLAMA_HEADS;
        layers.add(new FcLayer("attention.wq", LLAMA_DIM, LLAMA_DIM, queries, HIDDEN));
        layers.add(new FcLayer("attention.wk", LLAMA_DIM, LLAMA_DIM, queries, HIDDEN));
        layers.add(new FcLayer("attention.wv", LLAMA_DIM, LLAMA_DIM, queries, HIDDEN));
        layers.add(new MatMulLayer("attention.scores", queries, contextTokens, headDim, LLAMA_HEADS, LINEAR, LINEAR));
        layers.add(new MatMulLayer("attention.context", queries, headDim, contextTokens, LLAMA_HEADS,
                PROBABILITIES, LINEAR));
        layers.add(new FcLayer("attention.wo", LLAMA_DIM, LLAMA_DIM, queries, LINEAR));
        layers.add(new FcLayer("feed_forward.w1", LLAMA_DIM, LLAMA_FFN, queries, HIDDEN));
        layers.add(new FcLayer("feed_forward.w3", LLAMA_DIM, LLAMA_FFN, queries, HIDDEN));
        layers.add(new FcLayer("feed_forward.w2", LLAMA_FFN, LLAMA_DIM, queries, HIDDEN));
        return new Model(name, description, layers);
    }

    static Model llamaPrefill() {
        return llamaBlock("llama7b-block-prefill512", "one LLaMA-7B decoder block, prefill of 512 tokens",
                LLAMA_PREFILL_TOKENS, LLAMA_PREFILL_TOKENS);
    }

    static Model llamaDecode() {
        return llamaBlock("llama7b-block-decode", "one LLaMA-7B decoder block, one decode step after 512 tokens",
                1, LLAMA_PREFILL_TOKENS + 1);
    }
}
