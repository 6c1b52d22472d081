package dev.precis.accelerators.antfamily;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.accelerators.mapping.MapperDesign;
import dev.precis.components.pe.Dataflow;
import dev.precis.components.pe.OperandPrecision;
import dev.precis.workloads.quant.AntDesign;
import org.junit.jupiter.api.Test;

class AntFamilyDesignsTest {

    @Test
    void peakThroughputIsRowsTimesColsTimesTheSquaredPrecisionRatio() {
        // PAPERS.md: peak MACs/cycle = rows x cols x (pmax / pmin)^2.
        assertThat(AntFamilyDesigns.of(AntDesign.ANT_OS).array().macsPerCycle(OperandPrecision.uniform(4))).isEqualTo(32 * 32 * 4);
        assertThat(AntFamilyDesigns.of(AntDesign.OLACCEL).array().macsPerCycle(OperandPrecision.uniform(4))).isEqualTo(16 * 18 * 4);
        assertThat(AntFamilyDesigns.of(AntDesign.ADAFLOAT).array().macsPerCycle(OperandPrecision.uniform(8))).isEqualTo(32 * 28);
        assertThat(AntFamilyDesigns.of(AntDesign.BISCALED).array().macsPerCycle(OperandPrecision.uniform(6))).isEqualTo(32 * 80);
    }

    @Test
    void onlyAntWsIsWeightStationaryAndAllShareBuffersInterfaceAndClock() {
        for (AntDesign d : AntDesign.values()) {
            MapperDesign m = AntFamilyDesigns.of(d);
            assertThat(m.dataflow()).isEqualTo(d == AntDesign.ANT_WS ? Dataflow.WEIGHT_STATIONARY : Dataflow.OUTPUT_STATIONARY);
            assertThat(m.weightBufferBytes()).isEqualTo(128 * 1024);
            assertThat(m.inputBufferBytes()).isEqualTo(256 * 1024);
            assertThat(m.outputBufferBytes()).isEqualTo(128 * 1024);
            assertThat(m.interfaceBitsPerCycle()).isEqualTo(1024);
            assertThat(m.clockHz()).isEqualTo(500_000_000L);
            assertThat(m.name()).isEqualTo(d.label());
        }
    }
}
