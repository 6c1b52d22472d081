package dev.precis.workloads.trace;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.workloads.zoo.ActivationKind;
import dev.precis.workloads.zoo.TensorRole;
import org.junit.jupiter.api.Test;

/** The numeric codes written to files are part of format 1 (TRACE_FORMAT.md) and must never change. */
class TraceFormatCodesTest {

    @Test
    void codesMatchTheSpecification() {
        assertThat(RecordCodec.code(ActivationKind.NETWORK_INPUT)).isZero();
        assertThat(RecordCodec.code(ActivationKind.POST_RELU)).isEqualTo(1);
        assertThat(RecordCodec.code(ActivationKind.LINEAR)).isEqualTo(2);
        assertThat(RecordCodec.code(ActivationKind.POST_GELU)).isEqualTo(3);
        assertThat(RecordCodec.code(ActivationKind.TRANSFORMER_HIDDEN)).isEqualTo(4);
        assertThat(RecordCodec.code(ActivationKind.ATTENTION_PROBABILITIES)).isEqualTo(5);
        assertThat(TensorRole.INPUT.code()).isEqualTo(1);
        assertThat(TensorRole.WEIGHT.code()).isEqualTo(2);
        assertThat(TensorRole.SECOND_INPUT.code()).isEqualTo(3);
        assertThat(TileField.NONZERO.bit()).isEqualTo(1);
        assertThat(TileField.PRECISION.bit()).isEqualTo(2);
        assertThat(TileField.HO_SLICES.bit()).isEqualTo(4);
        assertThat(TileField.fromMask(2)).as("NONZERO is mandatory").isNull();
        assertThat(TileField.fromMask(9)).as("unknown bit").isNull();
    }
}
