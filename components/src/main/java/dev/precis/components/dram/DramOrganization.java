package dev.precis.components.dram;

/**
 * The physical organisation of the memory system. {@code columns} counts physical columns of
 * {@code deviceWidthBits} bits each (DRAMSim3's convention after its protocol adjustment).
 */
public record DramOrganization(
        int channels,
        int ranks,
        int bankGroups,
        int banksPerGroup,
        int rows,
        int columns,
        int deviceWidthBits,
        int busWidthBits,
        int burstLength) {

    public DramOrganization {
        requirePowerOfTwo("channels", channels);
        requirePowerOfTwo("ranks", ranks);
        requirePowerOfTwo("bank-groups", bankGroups);
        requirePowerOfTwo("banks-per-group", banksPerGroup);
        requirePowerOfTwo("rows", rows);
        requirePowerOfTwo("columns", columns);
        requirePowerOfTwo("burst-length", burstLength);
        if (deviceWidthBits <= 0 || busWidthBits <= 0 || busWidthBits % deviceWidthBits != 0) {
            throw new IllegalArgumentException("bus-width-bits (" + busWidthBits
                    + ") must be a positive multiple of device-width-bits (" + deviceWidthBits + ")");
        }
        if (columns < burstLength) {
            throw new IllegalArgumentException("columns (" + columns + ") must be at least burst-length (" + burstLength + ")");
        }
    }

    public int banksPerRank() {
        return bankGroups * banksPerGroup;
    }

    public int devicesPerRank() {
        return busWidthBits / deviceWidthBits;
    }

    /** Bytes moved by one column command: bus width times burst length. */
    public int requestBytes() {
        return busWidthBits / 8 * burstLength;
    }

    /** Capacity of one channel in bytes. */
    public long channelBytes() {
        return (long) ranks * banksPerRank() * rows * (long) columns * deviceWidthBits / 8 * devicesPerRank();
    }

    private static void requirePowerOfTwo(String name, int value) {
        if (value <= 0 || Integer.bitCount(value) != 1) {
            throw new IllegalArgumentException(name + " must be a positive power of two, got " + value);
        }
    }
}
