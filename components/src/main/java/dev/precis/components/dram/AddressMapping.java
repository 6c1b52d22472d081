package dev.precis.components.dram;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Splits a byte address into channel, rank, bank group, bank, row and column, from a
 * DRAMSim3 mapping string of six two-letter fields, most significant first (for example
 * {@code rochrababgco}: row on top, column at the bottom). The low bits below one request
 * (bus width x burst length bytes) are dropped first, as DRAMSim3 does.
 */
final class AddressMapping {

    private static final Set<String> FIELDS = Set.of("ch", "ra", "bg", "ba", "ro", "co");

    private final String scheme;
    private final int shiftBits;
    private final int chPos, raPos, bgPos, baPos, roPos, coPos;
    private final long chMask, raMask, bgMask, baMask, roMask, coMask;

    private AddressMapping(String scheme, int shiftBits, Map<String, Integer> pos, Map<String, Integer> width) {
        this.scheme = scheme;
        this.shiftBits = shiftBits;
        chPos = pos.get("ch");
        raPos = pos.get("ra");
        bgPos = pos.get("bg");
        baPos = pos.get("ba");
        roPos = pos.get("ro");
        coPos = pos.get("co");
        chMask = (1L << width.get("ch")) - 1;
        raMask = (1L << width.get("ra")) - 1;
        bgMask = (1L << width.get("bg")) - 1;
        baMask = (1L << width.get("ba")) - 1;
        roMask = (1L << width.get("ro")) - 1;
        coMask = (1L << width.get("co")) - 1;
    }

    public static AddressMapping of(DramConfig config) {
        return of(config.controller().addressMapping(), config.organization());
    }

    public static AddressMapping of(String scheme, DramOrganization org) {
        if (scheme.length() != 12) {
            throw new IllegalArgumentException("address mapping '" + scheme
                    + "' must be six two-letter fields (ch, ra, bg, ba, ro, co), e.g. rochrababgco");
        }
        Map<String, Integer> width = new HashMap<>();
        width.put("ch", log2(org.channels()));
        width.put("ra", log2(org.ranks()));
        width.put("bg", log2(org.bankGroups()));
        width.put("ba", log2(org.banksPerGroup()));
        width.put("ro", log2(org.rows()));
        width.put("co", log2(org.columns()) - log2(org.burstLength()));
        Map<String, Integer> pos = new HashMap<>();
        int bit = 0;
        for (int i = scheme.length() - 2; i >= 0; i -= 2) {
            String field = scheme.substring(i, i + 2);
            if (!FIELDS.contains(field)) {
                throw new IllegalArgumentException("address mapping '" + scheme + "': unknown field '" + field
                        + "' (expected ch, ra, bg, ba, ro, co)");
            }
            if (pos.put(field, bit) != null) {
                throw new IllegalArgumentException("address mapping '" + scheme + "': field '" + field + "' appears twice");
            }
            bit += width.get(field);
        }
        return new AddressMapping(scheme, log2(org.requestBytes()), pos, width);
    }

    private static int log2(int powerOfTwo) {
        return Integer.numberOfTrailingZeros(powerOfTwo);
    }

    public String scheme() {
        return scheme;
    }

    public int channel(long address) {
        return (int) ((address >>> shiftBits >>> chPos) & chMask);
    }

    public int rank(long address) {
        return (int) ((address >>> shiftBits >>> raPos) & raMask);
    }

    public int bankGroup(long address) {
        return (int) ((address >>> shiftBits >>> bgPos) & bgMask);
    }

    public int bank(long address) {
        return (int) ((address >>> shiftBits >>> baPos) & baMask);
    }

    public int row(long address) {
        return (int) ((address >>> shiftBits >>> roPos) & roMask);
    }

    public int column(long address) {
        return (int) ((address >>> shiftBits >>> coPos) & coMask);
    }

    /** The byte address of a location (inverse of the field accessors, for tests and generators). */
    public long address(int channel, int rank, int bankGroup, int bank, int row, int column) {
        long a = ((channel & chMask) << chPos) | ((rank & raMask) << raPos) | ((bankGroup & bgMask) << bgPos)
                | ((bank & baMask) << baPos) | ((row & roMask) << roPos) | ((column & coMask) << coPos);
        return a << shiftBits;
    }
}
