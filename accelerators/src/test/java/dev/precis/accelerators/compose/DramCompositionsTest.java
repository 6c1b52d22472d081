package dev.precis.accelerators.compose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.precis.tlm.describe.ComponentRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The DRAM model on a composition's memory path: written by hand, or swapped in with --set memory=...; errors before the run. */
class DramCompositionsTest {

    private static final String HEAD = """
            name = mine
            quantizer = int8
            clock = 500 MHz
            components {
              controller { type = replay-controller }
              pe { type = systolic-array, rows = 8, cols = 8 }
            """;

    private static Elaborator check(Composition c) {
        return new Elaborator(c, ComponentRegistry.load(DramCompositionsTest.class.getClassLoader())).check();
    }

    private static Path write(Path dir, String text) throws Exception {
        return Files.writeString(dir.resolve("mine.conf"), text);
    }

    @Test
    void aHandWrittenDramBehindADmaElaborates(@TempDir Path dir) throws Exception {
        Path f = write(dir, HEAD + """
                  dma { type = dma, burstBytes = 64, burstsPerCycle = 8, maxOutstanding = 256 }
                  memory { type = dram, preset = hbm2 }
                }
                links = [
                  { from = controller.compute, to = pe.in }
                  { from = controller.memory, to = dma.ctrl }
                  { from = dma.dram, to = memory.in }
                ]
                """);
        assertThat(check(Composition.file(f, Map.of())).describe()).contains("dma (dma)", "memory (dram)");
    }

    @Test
    void aDramWithoutADmaInFrontFailsNamingTheComponent(@TempDir Path dir) throws Exception {
        Path f = write(dir, HEAD + """
                  memory { type = dram, preset = ddr4-2400 }
                }
                links = [
                  { from = controller.compute, to = pe.in }
                  { from = controller.memory, to = memory.in }
                ]
                """);
        assertThatThrownBy(() -> check(Composition.file(f, Map.of()))).isInstanceOf(CompositionException.class)
                .hasMessageContaining("mine.conf:").hasMessageContaining("components.memory").hasMessageContaining("dma");
    }

    @Test
    void dmaBurstsThatDoNotFitTheDramsBurstFailNamingTheKey(@TempDir Path dir) throws Exception {
        Path f = write(dir, HEAD + """
                  dma { type = dma, burstBytes = 256 }
                  memory { type = dram, preset = ddr4-2400 }
                }
                links = [
                  { from = controller.compute, to = pe.in }
                  { from = controller.memory, to = dma.ctrl }
                  { from = dma.dram, to = memory.in }
                ]
                """);
        assertThatThrownBy(() -> check(Composition.file(f, Map.of()))).hasMessageContaining("components.dma.burstBytes")
                .hasMessageContaining("64 B");
    }

    @Test
    void setMemorySwapsAPresetsMemoryForADramBehindADmaSizedToIt() {
        Composition c = Composition.preset("panacea", Map.of("memory", "dram:hbm2"));
        assertThat(check(c).describe()).contains("memory (dram)", "memoryDma (dma)", "encoder (rle-encoder)");
        assertThat(c.config().getInt("components.memoryDma.burstBytes")).isEqualTo(64);
        // HBM2's 256 GB/s at 500 MHz: 512 B per cycle, eight 64 B bursts; eight channels of 32-entry queues.
        assertThat(c.config().getInt("components.memoryDma.burstsPerCycle")).isEqualTo(8);
        assertThat(c.config().getInt("components.memoryDma.maxOutstanding")).isEqualTo(256);
        assertThat(c.links()).extracting(l -> l.from() + "->" + l.to())
                .contains("decoder.out->memoryDma.ctrl", "memoryDma.dram->memory.in").doesNotContain("decoder.out->memory.in");
        // Later overrides address the new components.
        Composition tuned = Composition.preset("panacea", Map.of("memory", "dram:hbm2", "memory.pagePolicy", "close-page",
                "memoryDma.maxOutstanding", "64"));
        assertThat(tuned.config().getInt("components.memoryDma.maxOutstanding")).isEqualTo(64);
        check(tuned);
    }

    @Test
    void setMemoryIdealKeepsAnIdealMemoryAndSetsItsWidth() {
        Composition same = Composition.preset("ant", Map.of("memory", "ideal"));
        Composition ant = Composition.preset("ant", Map.of());
        assertThat(same.config().getValue("components.memory")).isEqualTo(ant.config().getValue("components.memory"));
        Composition narrow = Composition.preset("ant", Map.of("memory", "ideal:256"));
        assertThat(narrow.config().getInt("components.memory.widthBits")).isEqualTo(256);
        Composition back = Composition.preset("systolic", Map.of("memory", "ideal"));
        assertThat(back.links()).extracting(l -> l.from() + "->" + l.to()).contains("controller.memory->memory.in");
    }

    @Test
    void badMemorySpecsFailNamingTheOptionAndTheFile(@TempDir Path dir) throws Exception {
        assertThatThrownBy(() -> Composition.preset("panacea", Map.of("memory", "dram:hbm3")))
                .isInstanceOf(CompositionException.class).hasMessageContaining("--set memory=dram:hbm3")
                .hasMessageContaining("unknown DRAM preset 'hbm3'").hasMessageContaining("hbm2");
        Path ini = Files.writeString(dir.resolve("bad.ini"), "[dram_structure]\nprotocol = DDR4\nbankgroups = x\n");
        assertThatThrownBy(() -> Composition.preset("systolic", Map.of("memory", "dram:" + ini)))
                .hasMessageContaining("--set memory=dram:").hasMessageContaining("bad.ini line 3").hasMessageContaining("bankgroups");
        assertThatThrownBy(() -> Composition.preset("systolic", Map.of("memory", "ideal:0")))
                .hasMessageContaining("ideal:BITS");
        assertThatThrownBy(() -> check(Composition.preset("systolic", Map.of("memory", "dram:hbm2", "memory.widthBits", "8"))))
                .hasMessageContaining("components.memory").hasMessageContaining("widthBits");
    }
}
