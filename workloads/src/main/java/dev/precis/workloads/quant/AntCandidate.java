package dev.precis.workloads.quant;

import dev.precis.workloads.numeric.FlintType;
import dev.precis.workloads.numeric.FloatType;
import dev.precis.workloads.numeric.IntType;
import dev.precis.workloads.numeric.NumericType;
import dev.precis.workloads.numeric.PotType;
import java.util.Optional;

/** The primitive types ANT chooses among, each with the artifact's grid for a bit width. */
public enum AntCandidate {
    INT, FLINT, POT, FLOAT;

    /** The type at a bit width and signedness, or empty where the artifact's grid cannot exist. */
    public Optional<NumericType> type(int bits, boolean signed) {
        int valueBits = signed ? bits - 1 : bits;
        return switch (this) {
            case INT -> valueBits >= 1 && bits <= 16 ? Optional.of(new IntType(bits, signed)) : Optional.empty();
            case FLINT -> valueBits >= 2 && bits <= 16 ? Optional.of(new FlintType(bits, signed)) : Optional.empty();
            case POT -> valueBits >= 1 && valueBits <= 8 ? Optional.of(new PotType(bits, signed)) : Optional.empty();
            case FLOAT -> valueBits >= 1 && bits <= 16 ? Optional.of(FloatType.ant(bits, signed)) : Optional.empty();
        };
    }
}
