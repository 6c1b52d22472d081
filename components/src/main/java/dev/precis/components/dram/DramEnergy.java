package dev.precis.components.dram;

/** Energy of a run by cause, in picojoules. */
public record DramEnergy(double activatePj, double readPj, double writePj, double refreshPj, double backgroundPj) {

    public double totalPj() {
        return activatePj + readPj + writePj + refreshPj + backgroundPj;
    }

    public DramEnergy plus(DramEnergy o) {
        return new DramEnergy(activatePj + o.activatePj, readPj + o.readPj, writePj + o.writePj,
                refreshPj + o.refreshPj, backgroundPj + o.backgroundPj);
    }
}
