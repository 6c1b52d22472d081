package dev.precis.workloads.trace;

/** Constants of the trace file format; TRACE_FORMAT.md is the specification. */
public final class TraceFormat {

    /** 0x89 'P' 'R' 'C' 'T' 'R' CR LF: a non-ASCII first byte and CR LF catch text-mode corruption (as PNG does). */
    static final byte[] MAGIC = {(byte) 0x89, 'P', 'R', 'C', 'T', 'R', '\r', '\n'};
    public static final int MAJOR_VERSION = 2;
    public static final int MINOR_VERSION = 0;
    /** Magic, major and minor version. */
    static final int PREAMBLE_BYTES = MAGIC.length + 4;

    static final int TYPE_HEADER = 1;
    static final int TYPE_LAYER = 2;
    static final int TYPE_TILE_BLOCK = 3;
    static final int TYPE_LAYER_END = 4;
    static final int TYPE_END = 5;

    /** Frame: type (1 byte) and payload length (4 bytes) before the payload, CRC32 (4 bytes) after. */
    static final int FRAME_PREFIX_BYTES = 5;
    static final int CRC_BYTES = 4;
    /** Larger payloads are rejected before allocation, so a corrupted length cannot exhaust memory. */
    static final int MAX_PAYLOAD_BYTES = 16 << 20;
    /** Tiles per tile block record written by {@link TraceWriter}; the reader accepts 1..MAX_BLOCK_TILES. */
    static final int BLOCK_TILES = 4096;
    static final int MAX_BLOCK_TILES = 65536;
    /** Tile and HO-vector counts are stored as unsigned 16-bit values. */
    public static final int MAX_TILE_VALUES = 65535;
    static final int MAX_PRECISION_BITS = 32;

    private TraceFormat() {
    }

    static String typeName(int type) {
        return switch (type) {
            case TYPE_HEADER -> "header";
            case TYPE_LAYER -> "layer";
            case TYPE_TILE_BLOCK -> "tile block";
            case TYPE_LAYER_END -> "layer end";
            case TYPE_END -> "end";
            default -> "unknown type " + type;
        };
    }
}
