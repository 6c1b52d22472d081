package dev.precis.components.dram;

/**
 * Supply voltage and datasheet IDD currents of one device (Micron's DDR power method, as
 * DRAMPower and DRAMSim3 use them). Currents in milliamperes.
 */
public record DramPower(
        double vddVolts,
        double idd0Ma,
        double idd2pMa,
        double idd2nMa,
        double idd3pMa,
        double idd3nMa,
        double idd4wMa,
        double idd4rMa,
        double idd5abMa,
        double idd6xMa) {
}
