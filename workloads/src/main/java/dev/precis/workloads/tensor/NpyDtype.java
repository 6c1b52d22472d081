package dev.precis.workloads.tensor;

/** The element types {@link NpyReader} imports, by their NumPy type code (without byte order). */
enum NpyDtype {
    FLOAT32("f4", 4),
    FLOAT16("f2", 2),
    INT8("i1", 1);

    private final String code;
    private final int bytes;

    NpyDtype(String code, int bytes) {
        this.code = code;
        this.bytes = bytes;
    }

    int bytes() {
        return bytes;
    }

    static NpyDtype fromCode(String code) {
        for (NpyDtype t : values()) {
            if (t.code.equals(code)) {
                return t;
            }
        }
        return null;
    }
}
