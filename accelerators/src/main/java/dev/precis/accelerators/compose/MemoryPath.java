package dev.precis.accelerators.compose;

import dev.precis.components.dma.DmaComponent;
import dev.precis.components.dram.DramComponent;
import dev.precis.components.memory.IdealMemoryComponent;
import dev.precis.components.panacea.RleCodecComponent;
import dev.precis.tlm.Component;
import java.util.Map;

/**
 * What a controller's {@code memory} port reaches, through RLE codecs ({@code in} to {@code out}) and a DMA
 * ({@code ctrl} to {@code dram}): an {@code ideal-memory}, a {@code dram} (which must have a DMA in front, whose
 * bursts fit its own), or a component of the user's. Also the memory's width as the ANT artifact's mapper ranks
 * mappings with it: an ideal memory's {@code widthBits}, a DRAM's peak bandwidth in bits per controller cycle (the
 * run itself is timed by the DRAM model).
 */
record MemoryPath(Component memory, DmaComponent dma) {

    static MemoryPath of(Elaborator e, Map<String, Component> instances, String controllerName) {
        String peer = e.peerOf(controllerName, "memory");
        DmaComponent dma = null;
        for (int hops = 0; hops <= instances.size(); hops++) {
            String instance = peer.substring(0, peer.lastIndexOf('.'));
            Component c = instances.get(instance);
            if (c instanceof RleCodecComponent) {
                peer = e.peerOf(instance, "out");
            } else if (c instanceof DmaComponent d) {
                dma = d;
                peer = e.peerOf(instance, "dram");
            } else {
                if (c instanceof DramComponent dram) check(e, instance, dram, dma);
                return new MemoryPath(c, dma);
            }
            if (peer == null) return new MemoryPath(c, dma);
        }
        throw new CompositionException(e.origin(controllerName), "components." + controllerName + ".memory",
                "the memory path loops back on itself");
    }

    private static void check(Elaborator e, String instance, DramComponent dram, DmaComponent dma) {
        int burst = dram.config().organization().requestBytes();
        if (dma == null) {
            throw new CompositionException(e.origin(instance), "components." + instance, "a dram serves one burst ("
                    + burst + " B) per request and the controller's transfers are whole tiles: put a dma in front of it"
                    + " ({ from = controller.memory, to = dma.ctrl }, { from = dma.dram, to = " + instance + ".in }),"
                    + " or use --set memory=dram:PRESET");
        }
        if (burst % dma.burstBytes() != 0) {
            throw new CompositionException(e.origin(dma.name()), "components." + dma.name() + ".burstBytes", dma.burstBytes()
                    + " B bursts do not divide the " + instance + " DRAM's " + burst + " B burst: set burstBytes = " + burst);
        }
    }

    /** The mapper's memory width, bits per controller cycle; 0 when the memory is neither ideal nor a DRAM. */
    int widthBits(double controllerHz) {
        if (memory instanceof IdealMemoryComponent ideal) return ideal.widthBits();
        if (memory instanceof DramComponent dram) {
            return (int) Math.max(1, Math.floor(dram.config().peakBandwidthGBps() * 1e9 * 8 / controllerHz));
        }
        return 0;
    }
}
