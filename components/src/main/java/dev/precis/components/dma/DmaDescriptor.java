package dev.precis.components.dma;

/**
 * A strided transfer of a tile between DRAM and an on-chip buffer: {@code planes} x {@code rows}
 * runs of {@code rowBytes} contiguous bytes. On each side, a row starts {@code rowStride} bytes
 * after the previous one and a plane {@code planeStride} after the previous plane (a 2D transfer
 * has one plane).
 *
 * @param toBuffer          true: DRAM to buffer (load); false: buffer to DRAM (store)
 */
public record DmaDescriptor(boolean toBuffer, long dramAddress, long bufferAddress, long rowBytes, int rows,
                            int planes, long dramRowStride, long dramPlaneStride, long bufferRowStride,
                            long bufferPlaneStride) {

    public DmaDescriptor {
        if (rowBytes <= 0 || rows < 1 || planes < 1) {
            throw new IllegalArgumentException("DMA descriptor: rowBytes, rows and planes must be positive, got "
                    + rowBytes + " B x " + rows + " rows x " + planes + " planes");
        }
        if (dramAddress < 0 || bufferAddress < 0 || dramRowStride < 0 || dramPlaneStride < 0 || bufferRowStride < 0
                || bufferPlaneStride < 0) {
            throw new IllegalArgumentException("DMA descriptor: addresses and strides must not be negative");
        }
    }

    /** A 2D load: {@code rows} rows of {@code rowBytes} from DRAM rows {@code dramRowStride} apart, packed in the buffer. */
    public static DmaDescriptor load2d(long dramAddress, long dramRowStride, long bufferAddress, long rowBytes, int rows) {
        return new DmaDescriptor(true, dramAddress, bufferAddress, rowBytes, rows, 1, dramRowStride, 0, rowBytes, 0);
    }

    /** A 3D load, packed in the buffer. */
    public static DmaDescriptor load3d(long dramAddress, long dramRowStride, long dramPlaneStride, long bufferAddress,
                                       long rowBytes, int rows, int planes) {
        return new DmaDescriptor(true, dramAddress, bufferAddress, rowBytes, rows, planes, dramRowStride,
                dramPlaneStride, rowBytes, rowBytes * rows);
    }

    /** A 2D store of a packed buffer tile to DRAM rows {@code dramRowStride} apart. */
    public static DmaDescriptor store2d(long bufferAddress, long dramAddress, long dramRowStride, long rowBytes, int rows) {
        return new DmaDescriptor(false, dramAddress, bufferAddress, rowBytes, rows, 1, dramRowStride, 0, rowBytes, 0);
    }

    /** A 3D store of a packed buffer tile to DRAM rows and planes the given strides apart. */
    public static DmaDescriptor store3d(long bufferAddress, long dramAddress, long dramRowStride, long dramPlaneStride,
                                       long rowBytes, int rows, int planes) {
        return new DmaDescriptor(false, dramAddress, bufferAddress, rowBytes, rows, planes, dramRowStride,
                dramPlaneStride, rowBytes, rowBytes * rows);
    }

    /** Bytes the transfer moves. */
    public long totalBytes() {
        return rowBytes * rows * planes;
    }

    /** Bytes the tile spans in the buffer, from its first to its last byte. */
    public long bufferSpanBytes() {
        return (planes - 1) * bufferPlaneStride + (rows - 1) * bufferRowStride + rowBytes;
    }
}
