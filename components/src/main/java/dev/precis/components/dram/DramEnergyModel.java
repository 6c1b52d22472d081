package dev.precis.components.dram;

/**
 * Energy from IDD currents by Micron's method (TN-41-01, as DRAMPower and DRAMSim3's
 * src/configuration.cc compute it): per command, the current above the standby baseline
 * times the time it flows, times VDD, times the devices of a rank; background is IDD3N
 * (some bank open) or IDD2N (all banks precharged) per cycle.
 * <ul>
 * <li>activate: VDD (IDD0 tRC - (IDD3N tRAS + IDD2N tRP))</li>
 * <li>read / write: VDD (IDD4R / IDD4W - IDD3N) tBL</li>
 * <li>refresh: VDD (IDD5AB - IDD3N) tRFC</li>
 * </ul>
 * DRAMSim3 reports V x mA x cycles and calls it pJ; we multiply by tCK in ns, which gives pJ
 * (mW x ns), so our figures equal DRAMSim3's times tCK.
 */
public final class DramEnergyModel {

    private final double activatePj;
    private final double readPj;
    private final double writePj;
    private final double refreshPj;
    private final double activeStandbyPjPerCycle;
    private final double prechargeStandbyPjPerCycle;

    public DramEnergyModel(DramConfig config) {
        DramPower p = config.power();
        double scale = p.vddVolts() * config.organization().devicesPerRank() * config.tckNs();
        int tRC = config.cycles("tRC");
        int tRAS = config.cycles("tRAS");
        int tRP = config.cycles("tRP");
        int tBL = config.burstCycles();
        activatePj = scale * (p.idd0Ma() * tRC - (p.idd3nMa() * tRAS + p.idd2nMa() * tRP));
        readPj = scale * (p.idd4rMa() - p.idd3nMa()) * tBL;
        writePj = scale * (p.idd4wMa() - p.idd3nMa()) * tBL;
        refreshPj = scale * (p.idd5abMa() - p.idd3nMa()) * config.cycles("tRFC");
        activeStandbyPjPerCycle = scale * p.idd3nMa();
        prechargeStandbyPjPerCycle = scale * p.idd2nMa();
    }

    public double activatePj() {
        return activatePj;
    }

    public double readPj() {
        return readPj;
    }

    public double writePj() {
        return writePj;
    }

    public double refreshPj() {
        return refreshPj;
    }

    /** Energy of one channel's activity so far. */
    public DramEnergy energyOf(DramChannelStats s) {
        double background = 0;
        for (int r = 0; r < s.rankActiveCycles.length; r++) {
            background += s.rankActiveCycles[r] * activeStandbyPjPerCycle + s.allBankIdleCycles[r] * prechargeStandbyPjPerCycle;
        }
        return DramEnergy.of(
                s.commands(DramCommandType.ACTIVATE) * activatePj,
                s.readCommands() * readPj,
                s.writeCommands() * writePj,
                s.commands(DramCommandType.REFRESH) * refreshPj,
                background);
    }
}
