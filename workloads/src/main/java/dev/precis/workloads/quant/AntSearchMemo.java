package dev.precis.workloads.quant;

/**
 * Where {@link AntQuantizer#choose} keeps what another quantizer searching the same sample can reuse (a grid's
 * clipping search, {alphas, MSEs} per channel, under the same bounds; the sample's channels sorted): the designs
 * of one comparison quantize the same operands at overlapping bits and types. Keys are opaque to the memo.
 */
public interface AntSearchMemo {

    /** A memo that keeps nothing: every search runs. */
    AntSearchMemo NONE = new AntSearchMemo() {
        @Override
        public Object find(Object key) {
            return null;
        }

        @Override
        public void keep(Object key, Object value) {
        }
    };

    /** The value kept under {@code key}, or null. */
    Object find(Object key);

    /** Keeps {@code value} (not copied; nobody modifies it) under {@code key}. */
    void keep(Object key, Object value);
}
