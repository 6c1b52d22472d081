package dev.precis.components.noc;

import dev.precis.tlm.describe.ParameterException;
import java.util.List;

/**
 * The heap a network needs, computed from its parameters before anything is built, so that a caller can refuse a
 * network too large for the heap with one line instead of ending in an OutOfMemoryError a minute later (the
 * {@code precis noc} command does, through the command line's memory budget). The estimate
 * follows what {@link Network}, {@link Router} and {@link IslipAllocator} allocate (array by array, with 16-byte
 * array and object headers and 4-byte references, 8-byte above a 32 GiB heap where compressed references end)
 * and counts every input buffer full of flits, as it is beyond saturation. All arithmetic is exact: a size that
 * overflows a long is refused naming the size parameters.
 */
public final class NocMemoryEstimate {

    private static final long HEADER = 16;
    /** A Flit: header, two longs and two booleans, four ints, a reference; rounded up to 8 bytes (our count). */
    private static final long FLIT_BYTES = 64;
    private static final long GIB = 1L << 30;

    private NocMemoryEstimate() {
    }

    /**
     * Bytes of heap the network of {@code config} needs at most.
     *
     * @throws ParameterException naming the size parameters when the count overflows a long
     */
    public static long bytes(NocConfig config) {
        return bytes(config, Runtime.getRuntime().maxMemory() > 32 * GIB ? 8 : 4);
    }

    static long bytes(NocConfig config, long referenceBytes) {
        try {
            return exactBytes(config, referenceBytes);
        } catch (ArithmeticException e) {
            throw new ParameterException(sizes(config) + ": the network's memory estimate overflows a 64-bit byte"
                    + " count; choose a smaller network", List.of(NocComponentType.K.name(), NocComponentType.N.name(),
                    NocComponentType.NUM_VCS.name(), NocComponentType.VC_BUF_SIZE.name()));
        }
    }

    private static long exactBytes(NocConfig config, long referenceBytes) {
        Topology t = config.topology();
        int v = config.numVcs();
        int d = config.vcBufSize();
        long total = 0;
        if (t instanceof MeshTopology || t instanceof TorusTopology) {
            int dims = t instanceof MeshTopology m ? m.n() : ((TorusTopology) t).n();
            int ports = 2 * dims + 1;
            long perRouter = router(config, ports, ports, v, d, referenceBytes);
            // Layout while building: 2 * dims links per router, each a 32-byte record behind a reference.
            perRouter = Math.addExact(perRouter, Math.multiplyExact(2L * dims, 32 + referenceBytes));
            total = Math.multiplyExact(perRouter, (long) t.nodes());
        } else if (t instanceof CrossbarTopology c) {
            total = router(config, c.nodes(), c.nodes(), v, d, referenceBytes);
        } else if (t instanceof BusTopology b) {
            total = Math.addExact(router(config, b.nodes(), 1, v, d, referenceBytes),
                    router(config, 1, b.nodes(), v, d, referenceBytes));
        }
        // Per node: source queue, injection VC state, wiring and the experiment's trial cycle.
        long perNode = 2 * HEADER + 48 + downstream(v, referenceBytes) + 6 * 4 + 8;
        return Math.addExact(total, Math.multiplyExact(perNode, (long) t.nodes()));
    }

    private static long router(NocConfig c, int inputs, int outputs, int v, int d, long ref) {
        long ivs = Math.multiplyExact((long) inputs, v);
        long ovs = Math.multiplyExact((long) outputs, v);
        long xin = Math.multiplyExact((long) inputs, c.inputSpeedup());
        long xout = Math.multiplyExact((long) outputs, c.outputSpeedup());
        long bytes = 200; // the router object and its small fields
        long slots = Math.multiplyExact(ivs, d);
        bytes = Math.addExact(bytes, array(slots, ref));                      // input buffers
        bytes = Math.addExact(bytes, Math.multiplyExact(slots, FLIT_BYTES));  // ... full of flits
        bytes = Math.addExact(bytes, Math.multiplyExact(8, array(ivs, 4)));   // per input VC ints
        bytes = Math.addExact(bytes, array(ivs, 1) + array(ivs, 8));         // state, readiness
        bytes = Math.addExact(bytes, 3 * array(xin, 4) + array(xin, 1));     // switch round robin, requesters
        bytes = Math.addExact(bytes, Math.multiplyExact((long) outputs, downstream(v, ref) + 112));
        bytes = Math.addExact(bytes, allocator(ivs, ovs));
        bytes = Math.addExact(bytes, allocator(xin, xout));
        bytes = Math.addExact(bytes, 4 * array(inputs, 4) + 64 * 16 + 4 * HEADER); // wiring, credit FIFO
        return bytes;
    }

    private static long downstream(int v, long ref) {
        return HEADER + 16 + array(v, 4) * 2 + array(v, 1);
    }

    /** What an {@link IslipAllocator} of {@code inputs} x {@code outputs} allocates. */
    private static long allocator(long inputs, long outputs) {
        long inWords = (inputs + 63) / 64;
        long outWords = (outputs + 63) / 64;
        long bytes = 64;
        bytes = Math.addExact(bytes, array(Math.multiplyExact(outputs, inWords), 8));
        bytes = Math.addExact(bytes, array(Math.multiplyExact(inputs, outWords), 8));
        bytes = Math.addExact(bytes, array(Math.multiplyExact(inputs, outputs), 4));
        bytes = Math.addExact(bytes, Math.multiplyExact(4, array(inputs, 4)) + array(inputs, 1));
        bytes = Math.addExact(bytes, Math.multiplyExact(4, array(outputs, 4)) + array(outputs, 1));
        return bytes;
    }

    private static long array(long length, long elementBytes) {
        return Math.addExact(HEADER, Math.multiplyExact(length, elementBytes));
    }

    /**
     * The size parameters of {@code config} as they read in a message: "mesh k = 1000, n = 2 (1000000 nodes),
     * num_vcs = 8, vc_buf_size = 8".
     */
    public static String sizes(NocConfig c) {
        java.util.Map<String, Object> v = c.values();
        boolean grid = c.topology() instanceof MeshTopology || c.topology() instanceof TorusTopology;
        return c.topology().name() + " k = " + v.get(NocComponentType.K.name())
                + (grid ? ", n = " + v.get(NocComponentType.N.name()) : "") + " (" + c.topology().nodes()
                + " nodes), num_vcs = " + c.numVcs() + ", vc_buf_size = " + c.vcBufSize();
    }
}
