package dev.precis.components.noc;

import dev.precis.components.energy.CactiSramTable;
import dev.precis.components.energy.TechnologyNode;

/**
 * Energy of moving flits: every flit written into and read out of a router input buffer, and every
 * router-to-router link it crosses.
 * <ul>
 *   <li>Input buffers: one SRAM array per input port of num_vcs x vc_buf_size x flit_bytes, one bank, word =
 *       one flit, costed by CACTI 7 ({@link CactiSramTable}). Router buffers are usually smaller than the table's
 *       smallest array (8 KiB; the reference router's are 1 KiB): their figures are then extrapolated along the
 *       table's nearest log-log segment, and {@link #extrapolation()} says so for the component to warn.</li>
 *   <li>Links: 0.1016 pJ per bit per mm at 28 nm, from W. Dally's figure of 26 pJ to move 256 bits
 *       1 mm on chip ("Power, Programmability, and Granularity: The Challenges of ExaScale
 *       Computing", IPDPS 2011 keynote). We use it at 45 nm too for want of a figure; set
 *       {@code linkPjPerBitMm} when you have one. Link length defaults to 1 mm (our assumption: a
 *       tile pitch of an accelerator's array of cores).</li>
 *   <li>Crossbar and allocator energy are not modelled.</li>
 * </ul>
 */
record NocEnergyModel(double bufferWritePj, double bufferReadPj, double linkPjPerFlit, String extrapolation) {

    /** Dally, IPDPS 2011: 26 pJ for 256 bits over 1 mm at 28 nm. */
    public static final double LINK_PJ_PER_BIT_MM_28NM = 26.0 / 256.0;
    /** Our assumption: routers one tile pitch apart. */
    public static final double DEFAULT_LINK_LENGTH_MM = 1.0;

    public static NocEnergyModel of(NocConfig config, TechnologyNode node, double linkPjPerBitMm, double linkLengthMm) {
        long bufferBytes = Math.multiplyExact(Math.multiplyExact((long) config.numVcs(), config.vcBufSize()),
                config.flitBytes());
        CactiSramTable.Lookup buffer = CactiSramTable.shipped().lookup(node, bufferBytes,
                Math.multiplyExact(config.flitBytes(), 8), 1, CactiSramTable.OutOfRange.EXTRAPOLATE);
        return new NocEnergyModel(buffer.writePjPerAccess(), buffer.readPjPerAccess(),
                linkPjPerBitMm * linkLengthMm * config.flitBytes() * 8, buffer.extrapolation());
    }

    public double bufferEnergyPj(Network network) {
        return network.bufferWrites() * bufferWritePj + network.switchTraversals() * bufferReadPj;
    }

    public double linkEnergyPj(Network network) {
        return network.routerLinkTraversals() * linkPjPerFlit;
    }
}
