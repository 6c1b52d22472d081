package dev.precis.components.dram;

/**
 * Supply voltage and the datasheet IDD currents the energy model uses (Micron's DDR power method, as DRAMPower
 * and DRAMSim3 use them). Currents in milliamperes. Power-down and self-refresh currents (IDD2P, IDD3P, IDD6x)
 * are accepted in configurations but not kept: those states are not modelled.
 */
record DramPower(
        double vddVolts,
        double idd0Ma,
        double idd2nMa,
        double idd3nMa,
        double idd4wMa,
        double idd4rMa,
        double idd5abMa) {
}
