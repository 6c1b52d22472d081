package dev.precis.components.dram;

/**
 * Energy of a run by cause, in picojoules. {@code totalPj} is the sum of the others; it is a
 * component (not only a method) so that serialising the record shows it.
 */
public record DramEnergy(double activatePj, double readPj, double writePj, double refreshPj, double backgroundPj,
                         double totalPj) {

    public DramEnergy {
        double sum = activatePj + readPj + writePj + refreshPj + backgroundPj;
        if (Math.abs(totalPj - sum) > 1e-9 * Math.max(1.0, Math.abs(sum))) {
            throw new IllegalArgumentException("totalPj " + totalPj + " is not the sum of the parts " + sum);
        }
    }

    public static final DramEnergy ZERO = of(0, 0, 0, 0, 0);

    public static DramEnergy of(double activatePj, double readPj, double writePj, double refreshPj, double backgroundPj) {
        return new DramEnergy(activatePj, readPj, writePj, refreshPj, backgroundPj,
                activatePj + readPj + writePj + refreshPj + backgroundPj);
    }

    public DramEnergy plus(DramEnergy o) {
        return of(activatePj + o.activatePj, readPj + o.readPj, writePj + o.writePj,
                refreshPj + o.refreshPj, backgroundPj + o.backgroundPj);
    }
}
