package dev.precis.accelerators.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.precis.accelerators.antfamily.AntFamilyDesigns;
import dev.precis.components.pe.BitBrickArray;
import dev.precis.workloads.quant.AntDesign;
import dev.precis.workloads.zoo.Model;
import dev.precis.workloads.zoo.ModelZoo;
import org.junit.jupiter.api.Test;

class ModelMapperTest {

    private static final Model RESNET18 = ModelZoo.get("resnet18-ant");

    private static int[] antPlan() {
        int[] bits = new int[RESNET18.layers().size()];
        java.util.Arrays.fill(bits, 4);
        bits[0] = 8;
        bits[bits.length - 1] = 8;
        return bits;
    }

    @Test
    void theModelTotalIsTheSumOfItsLayers() {
        ModelResult r = ModelMapper.map(RESNET18, antPlan(), AntFamilyDesigns.of(AntDesign.ANT_OS), 2);
        LayerStats sum = LayerStats.ZERO;
        for (LayerResult layer : r.layers()) {
            sum = sum.plus(layer.stats());
        }
        assertThat(r.total()).isEqualTo(sum);
        assertThat(r.precisionSwitchCycles()).isZero();
        assertThat(r.total().macs()).isEqualTo(RESNET18.totalMacs(2));
    }

    @Test
    void everyChangeOfPrecisionBetweenLayersCostsTheArraysSwitchCycles() {
        MapperDesign free = AntFamilyDesigns.of(AntDesign.ANT_OS);
        MapperDesign costly = new MapperDesign(free.name(), new BitBrickArray(32, 32, 8, 4, 100), free.dataflow(),
                free.weightBufferBytes(), free.inputBufferBytes(), free.outputBufferBytes(), free.interfaceBitsPerCycle(),
                free.clockHz(), free.energy());
        ModelResult a = ModelMapper.map(RESNET18, antPlan(), free, 2);
        ModelResult b = ModelMapper.map(RESNET18, antPlan(), costly, 2);
        assertThat(b.precisionSwitchCycles()).isEqualTo(200); // 8 -> 4 after the first layer, 4 -> 8 before the last
        assertThat(b.total().cycles()).isEqualTo(a.total().cycles() + 200);
        assertThat(b.total().stallCycles()).isEqualTo(a.total().stallCycles() + 200);
    }

    @Test
    void aPlanOfTheWrongLengthIsRejected() {
        assertThatThrownBy(() -> ModelMapper.map(RESNET18, new int[] {8, 4}, AntFamilyDesigns.of(AntDesign.ANT_OS), 1))
                .hasMessageContaining("resnet18-ant has 21 layers but the precision plan has 2 entries");
    }
}
