package dev.precis.components.energy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * SRAM energy per access, leakage and area from CACTI 7, interpolated in a measured table.
 *
 * <p>Source: {@code cacti7-sram.csv} (a resource beside this class), 360 CACTI 7 runs made for Precis
 * (HewlettPackard/cacti commit 1ffd8dfb, CACTI 7.0) with the ANT artifact's scratchpad template
 * (clevercool/ANT-Quantization ant_simulator/bitfusion/sram/default.json: a UCA "ram", 1 exclusive read and 1
 * exclusive write port, itrs-hp cells, ECC, 360 K, optimised for energy-delay), over node 28/45/65 nm, capacity
 * 8 KiB to 4 MiB (the whole array), word width 64 to 512 bits and 1, 4 or 16 UCA banks. Per point it holds CACTI's
 * dynamic read and write energy of one word access (H-tree to the bank included), its leakage power of one bank
 * plus the inter-bank routing, that leakage times the bank count (the whole array counted as the ANT artifact
 * counts it, an upper bound since the shared routing is counted once per bank), the area of the whole array and
 * the access and cycle times. CACTI found no organisation for 9 small wide points (for example 8 KiB, 256 bits,
 * 16 banks); they are in the file with empty figures.
 *
 * <p>Interpolation: the node is exact (28, 45 or 65 nm; no interpolation between nodes). Within the other three
 * axes every figure is interpolated linearly in log-log, i.e. log(figure) is trilinear in log(capacity),
 * log(word bits) and log(banks) between the bracketing measured points; at a measured point the measured figure
 * is returned unchanged. A point whose bracketing corners include one CACTI rejected is refused, naming it. A
 * point outside the measured range is refused unless the caller asks for {@link OutOfRange#EXTRAPOLATE}: then the
 * log-log line of the nearest measured segment of each axis out of range is extended (for example a 4 KiB array
 * from the 8 and 16 KiB points), and the result says so in {@link Lookup#extrapolation()}, for the caller to warn.
 */
public final class CactiSramTable {

    /** What to do with a point outside the measured range. */
    public enum OutOfRange { REFUSE, EXTRAPOLATE }

    static final long[] CAPACITY_KIB = {8, 16, 32, 64, 128, 256, 512, 1024, 2048, 4096};
    static final int[] WORD_BITS = {64, 128, 256, 512};
    static final int[] BANKS = {1, 4, 16};
    static final int[] NODES_NM = {28, 45, 65};

    private static final String RESOURCE = "cacti7-sram.csv";
    private static final String[] COLUMNS = {"read_energy_nj_per_access", "write_energy_nj_per_access",
        "leakage_mw", "leakage_all_banks_mw", "area_mm2", "access_time_ns", "cycle_time_ns"};
    private static final int READ_NJ = 0;
    private static final int WRITE_NJ = 1;
    private static final int LEAK_BANK_MW = 2;
    private static final int LEAK_ALL_MW = 3;
    private static final int AREA_MM2 = 4;
    private static final int ACCESS_NS = 5;
    private static final int CYCLE_NS = 6;

    /** Figures by [node][capacity][word][banks]; null where CACTI rejected the point. */
    private final double[][][][][] figures;

    private static final CactiSramTable TABLE = load();

    private CactiSramTable(double[][][][][] figures) {
        this.figures = figures;
    }

    /** The table shipped with Precis. */
    public static CactiSramTable shipped() {
        return TABLE;
    }

    /**
     * CACTI's figures of one SRAM array, measured or interpolated.
     *
     * @param readPjPerAccess     dynamic energy of reading one word
     * @param writePjPerAccess    dynamic energy of writing one word
     * @param leakageMwPerBank    subthreshold leakage of one bank plus the inter-bank routing (CACTI's figure)
     * @param leakageMw           leakage of the whole array: the per-bank figure times the bank count at a measured
     *                            bank count (the table's leakage_all_banks_mw), interpolated like every figure
     *                            between bank counts
     * @param areaMm2             area of the whole array
     * @param accessTimeNs        access time
     * @param cycleTimeNs         cycle time
     * @param extrapolation       empty when every axis lay in the measured range; else what was extrapolated
     */
    public record Lookup(double readPjPerAccess, double writePjPerAccess, double leakageMwPerBank, double leakageMw,
                         double areaMm2, double accessTimeNs, double cycleTimeNs, String extrapolation) {

        /** The energy and area record components use. */
        public SramCosts costs() {
            return new SramCosts(readPjPerAccess, writePjPerAccess, leakageMw, areaMm2);
        }

        public boolean extrapolated() {
            return !extrapolation.isEmpty();
        }
    }

    /**
     * The figures of one array of {@code capacityBytes} in total, read and written {@code wordBits} at a time,
     * organised as {@code banks} UCA banks, at {@code node}.
     *
     * @throws IllegalArgumentException naming the axis and the table's range when the point is outside it (and
     *                                  {@code outOfRange} is REFUSE), or naming the rejected point CACTI found no
     *                                  organisation for
     */
    public Lookup lookup(TechnologyNode node, long capacityBytes, int wordBits, int banks, OutOfRange outOfRange) {
        if (capacityBytes <= 0 || wordBits <= 0 || banks <= 0) {
            throw new IllegalArgumentException("SRAM costs need a positive capacity, word width and bank count, got "
                    + capacityBytes + " B, " + wordBits + " bits, " + banks + " banks");
        }
        int n = nodeIndex(node);
        List<String> outside = new ArrayList<>();
        Axis cap = Axis.of("capacity", capacityBytes / 1024.0, toDoubles(CAPACITY_KIB), "KiB", outside);
        Axis word = Axis.of("word width", wordBits, toDoubles(WORD_BITS), "bits", outside);
        Axis bank = Axis.of("bank count", banks, toDoubles(BANKS), "", outside);
        if (!outside.isEmpty() && outOfRange == OutOfRange.REFUSE) {
            throw new IllegalArgumentException("SRAM of " + describe(capacityBytes, wordBits, banks, node) + ": "
                    + String.join("; ", outside) + " of the CACTI 7 table (8 KiB..4 MiB, 64..512-bit words, 1..16"
                    + " banks at 28, 45 and 65 nm); Precis does not extrapolate it unless asked");
        }
        double[] result = new double[COLUMNS.length];
        double[] logSum = new double[COLUMNS.length];
        for (int c = 0; c < 2; c++) {
            for (int w = 0; w < 2; w++) {
                for (int b = 0; b < 2; b++) {
                    double weight = cap.weight(c) * word.weight(w) * bank.weight(b);
                    if (weight == 0.0) {
                        continue;
                    }
                    double[] corner = figures[n][cap.index(c)][word.index(w)][bank.index(b)];
                    if (corner == null) {
                        throw new IllegalArgumentException("SRAM of " + describe(capacityBytes, wordBits, banks, node)
                                + ": CACTI 7 found no array organisation for " + CAPACITY_KIB[cap.index(c)] + " KiB, "
                                + WORD_BITS[word.index(w)] + "-bit words, " + BANKS[bank.index(b)] + " banks at "
                                + node.nanometres() + " nm, a point the interpolation needs");
                    }
                    if (weight == 1.0) {
                        System.arraycopy(corner, 0, result, 0, corner.length);
                        return lookup(result, banks, String.join("; ", outside));
                    }
                    for (int m = 0; m < COLUMNS.length; m++) {
                        logSum[m] += weight * Math.log(corner[m]);
                    }
                }
            }
        }
        for (int m = 0; m < COLUMNS.length; m++) {
            result[m] = Math.exp(logSum[m]);
        }
        return lookup(result, banks, String.join("; ", outside));
    }

    private static Lookup lookup(double[] f, int banks, String extrapolation) {
        // At a measured bank count the whole-array leakage is exactly the table's leakage_all_banks_mw.
        return new Lookup(f[READ_NJ] * 1000.0, f[WRITE_NJ] * 1000.0, f[LEAK_BANK_MW], f[LEAK_ALL_MW], f[AREA_MM2],
                f[ACCESS_NS], f[CYCLE_NS], extrapolation);
    }

    private static String describe(long capacityBytes, int wordBits, int banks, TechnologyNode node) {
        return String.format(Locale.ROOT, "%s, %d-bit words, %d bank%s at %d nm", bytes(capacityBytes), wordBits,
                banks, banks == 1 ? "" : "s", node.nanometres());
    }

    private static String bytes(long b) {
        return b % 1024 == 0 ? b / 1024 + " KiB" : b + " B";
    }

    private static int nodeIndex(TechnologyNode node) {
        for (int i = 0; i < NODES_NM.length; i++) {
            if (NODES_NM[i] == node.nanometres()) {
                return i;
            }
        }
        throw new IllegalArgumentException("the CACTI 7 SRAM table has no " + node.nanometres() + " nm figures");
    }

    private static double[] toDoubles(long[] a) {
        return Arrays.stream(a).asDoubleStream().toArray();
    }

    private static double[] toDoubles(int[] a) {
        return Arrays.stream(a).asDoubleStream().toArray();
    }

    /** One axis of the interpolation: two bracketing grid indices and their log-space weights. */
    private record Axis(int lo, int hi, double t) {

        static Axis of(String name, double x, double[] grid, String unit, List<String> outside) {
            int last = grid.length - 1;
            for (int i = 0; i <= last; i++) {
                if (x == grid[i]) {
                    return new Axis(i, i, 0.0);
                }
            }
            int lo;
            if (x < grid[0]) {
                lo = 0;
                outside.add(name + " " + format(x) + (unit.isEmpty() ? "" : " " + unit) + " is below the smallest "
                        + format(grid[0]) + (unit.isEmpty() ? "" : " " + unit) + " (extrapolated log-log from "
                        + format(grid[0]) + " and " + format(grid[1]) + ")");
            } else if (x > grid[last]) {
                lo = last - 1;
                outside.add(name + " " + format(x) + (unit.isEmpty() ? "" : " " + unit) + " is above the largest "
                        + format(grid[last]) + (unit.isEmpty() ? "" : " " + unit) + " (extrapolated log-log from "
                        + format(grid[last - 1]) + " and " + format(grid[last]) + ")");
            } else {
                lo = 0;
                while (grid[lo + 1] < x) {
                    lo++;
                }
            }
            double t = (Math.log(x) - Math.log(grid[lo])) / (Math.log(grid[lo + 1]) - Math.log(grid[lo]));
            return new Axis(lo, lo + 1, t);
        }

        int index(int corner) {
            return corner == 0 ? lo : hi;
        }

        double weight(int corner) {
            if (lo == hi) {
                return corner == 0 ? 1.0 : 0.0;
            }
            return corner == 0 ? 1.0 - t : t;
        }

        private static String format(double v) {
            return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
        }
    }

    private static CactiSramTable load() {
        try (InputStream in = CactiSramTable.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("resource " + RESOURCE + " is missing from the class path");
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    private static CactiSramTable parse(BufferedReader reader) throws IOException {
        String header = reader.readLine();
        if (header == null) {
            throw new IllegalStateException(RESOURCE + " is empty");
        }
        List<String> names = List.of(header.split(",", -1));
        int node = column(names, "node_nm");
        int cap = column(names, "capacity_kb");
        int word = column(names, "word_bits");
        int banks = column(names, "banks");
        int status = column(names, "status");
        int[] metric = new int[COLUMNS.length];
        for (int m = 0; m < COLUMNS.length; m++) {
            metric[m] = column(names, COLUMNS[m]);
        }
        double[][][][][] figures = new double[NODES_NM.length][CAPACITY_KIB.length][WORD_BITS.length][BANKS.length][];
        boolean[][][][] seen = new boolean[NODES_NM.length][CAPACITY_KIB.length][WORD_BITS.length][BANKS.length];
        String line;
        int lineNumber = 1;
        while ((line = reader.readLine()) != null) {
            lineNumber++;
            String[] f = line.split(",", -1);
            if (f.length != names.size()) {
                throw new IllegalStateException(RESOURCE + " line " + lineNumber + ": " + f.length + " fields, header has "
                        + names.size());
            }
            int n = indexOf(NODES_NM, Integer.parseInt(f[node]), lineNumber);
            int c = indexOf(CAPACITY_KIB, Long.parseLong(f[cap]), lineNumber);
            int w = indexOf(WORD_BITS, Integer.parseInt(f[word]), lineNumber);
            int b = indexOf(BANKS, Integer.parseInt(f[banks]), lineNumber);
            seen[n][c][w][b] = true;
            if (f[status].equals("ok")) {
                double[] values = new double[COLUMNS.length];
                for (int m = 0; m < COLUMNS.length; m++) {
                    values[m] = Double.parseDouble(f[metric[m]]);
                    if (!(values[m] > 0)) {
                        throw new IllegalStateException(RESOURCE + " line " + lineNumber + ": " + COLUMNS[m]
                                + " must be positive, got " + f[metric[m]]);
                    }
                }
                figures[n][c][w][b] = values;
            } else if (!f[status].equals("rejected")) {
                throw new IllegalStateException(RESOURCE + " line " + lineNumber + ": status '" + f[status] + "'");
            }
        }
        for (int n = 0; n < NODES_NM.length; n++) {
            for (int c = 0; c < CAPACITY_KIB.length; c++) {
                for (int w = 0; w < WORD_BITS.length; w++) {
                    for (int b = 0; b < BANKS.length; b++) {
                        if (!seen[n][c][w][b]) {
                            throw new IllegalStateException(RESOURCE + " lacks the point " + NODES_NM[n] + " nm, "
                                    + CAPACITY_KIB[c] + " KiB, " + WORD_BITS[w] + " bits, " + BANKS[b] + " banks");
                        }
                    }
                }
            }
        }
        return new CactiSramTable(figures);
    }

    private static int column(List<String> names, String name) {
        int i = names.indexOf(name);
        if (i < 0) {
            throw new IllegalStateException(RESOURCE + " has no column " + name);
        }
        return i;
    }

    private static int indexOf(int[] grid, int v, int line) {
        for (int i = 0; i < grid.length; i++) {
            if (grid[i] == v) {
                return i;
            }
        }
        throw new IllegalStateException(RESOURCE + " line " + line + ": " + v + " is not a swept value");
    }

    private static int indexOf(long[] grid, long v, int line) {
        for (int i = 0; i < grid.length; i++) {
            if (grid[i] == v) {
                return i;
            }
        }
        throw new IllegalStateException(RESOURCE + " line " + line + ": " + v + " is not a swept value");
    }
}
