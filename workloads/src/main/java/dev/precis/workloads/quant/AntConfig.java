package dev.precis.workloads.quant;

import java.util.List;

/**
 * Parameters of ANT's per-tensor type selection.
 *
 * @param candidates types tried at bits <= {@link #intOnlyAboveBits}, in tie-break order (the first
 *     of equal MSEs wins: the artifact tries int, flint, pot, float in that fixed order and numpy's
 *     argsort keeps the first of equal scores on such short lists). Default INT, FLINT, POT: the
 *     artifact's ANT4-8 runs use {@code --mode=ant-int-pot-flint}
 *     (ant_quantization/ImageNet/scripts/*_qat.sh)
 * @param searchLowPercent lower clipping search bound i (alpha = max|x| * i / 100); artifact
 *     {@code --w_low/--a_low} default 75
 * @param searchHighPercent exclusive upper bound; artifact {@code --w_up/--a_up} default 150
 * @param highBitsLowPercent lower bound used when bits > 6; artifact hard-codes 95
 * @param intOnlyAboveBits tensors with more bits than this use int only; artifact: 6
 * @param maxSearchSamples values per channel (weights) or per tensor (activations) used by the
 *     clipping search, taken at an even stride; the final codes always cover every value
 * @param perChannelTypes when true each weight channel picks its own type (an extension); the
 *     artifact picks one type per tensor from the sum of the channels' best MSEs
 */
public record AntConfig(List<AntCandidate> candidates, int searchLowPercent, int searchHighPercent,
                        int highBitsLowPercent, int intOnlyAboveBits, int maxSearchSamples, boolean perChannelTypes) {

    public AntConfig {
        candidates = List.copyOf(candidates);
        if (candidates.isEmpty()) {
            throw new IllegalArgumentException("ANT config: at least one candidate type is required");
        }
        if (searchLowPercent < 1 || searchHighPercent <= searchLowPercent || highBitsLowPercent >= searchHighPercent) {
            throw new IllegalArgumentException("ANT config: need 1 <= searchLowPercent < searchHighPercent and "
                    + "highBitsLowPercent < searchHighPercent, got " + searchLowPercent + ", " + searchHighPercent
                    + ", " + highBitsLowPercent);
        }
        if (maxSearchSamples < 1) {
            throw new IllegalArgumentException("ANT config: maxSearchSamples must be positive, got " + maxSearchSamples);
        }
    }

    /** The artifact's settings; the search uses at most 65536 values per channel or tensor. */
    public static AntConfig defaults() {
        return new AntConfig(List.of(AntCandidate.INT, AntCandidate.FLINT, AntCandidate.POT), 75, 150, 95, 6, 65536, false);
    }

    /** Same settings with other candidates. */
    public AntConfig withCandidates(List<AntCandidate> newCandidates) {
        return new AntConfig(newCandidates, searchLowPercent, searchHighPercent, highBitsLowPercent,
                intOnlyAboveBits, maxSearchSamples, perChannelTypes);
    }

    /** Same settings with another search sample size. */
    public AntConfig withMaxSearchSamples(int samples) {
        return new AntConfig(candidates, searchLowPercent, searchHighPercent, highBitsLowPercent,
                intOnlyAboveBits, samples, perChannelTypes);
    }

    /** Same settings with per-channel type choice on or off. */
    public AntConfig withPerChannelTypes(boolean perChannel) {
        return new AntConfig(candidates, searchLowPercent, searchHighPercent, highBitsLowPercent,
                intOnlyAboveBits, maxSearchSamples, perChannel);
    }
}
