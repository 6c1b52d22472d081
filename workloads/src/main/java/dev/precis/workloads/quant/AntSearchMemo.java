package dev.precis.workloads.quant;

/**
 * Where {@link AntQuantizer#choose} keeps a grid's clipping search of a sample ({alphas, MSEs} per channel) for
 * another quantizer that searches the same sample with the same grid and bounds: the designs of one comparison
 * quantize the same operands at overlapping bits and types. Keys are opaque to the memo.
 */
public interface AntSearchMemo {

    /** A memo that keeps nothing: every search runs. */
    AntSearchMemo NONE = new AntSearchMemo() {
        @Override
        public double[][] find(Object key) {
            return null;
        }

        @Override
        public void keep(Object key, double[][] search) {
        }
    };

    /** The search kept under {@code key}, or null. */
    double[][] find(Object key);

    /** Keeps {@code search} (not copied; nobody modifies it) under {@code key}. */
    void keep(Object key, double[][] search);
}
