package dev.precis.components.noc;

import static dev.precis.components.noc.NocComponentType.ALLOC_ITERS;
import static dev.precis.components.noc.NocComponentType.CREDIT_DELAY;
import static dev.precis.components.noc.NocComponentType.FLIT_BYTES;
import static dev.precis.components.noc.NocComponentType.INPUT_SPEEDUP;
import static dev.precis.components.noc.NocComponentType.INTERNAL_SPEEDUP;
import static dev.precis.components.noc.NocComponentType.K;
import static dev.precis.components.noc.NocComponentType.LINK_LATENCY;
import static dev.precis.components.noc.NocComponentType.N;
import static dev.precis.components.noc.NocComponentType.NUM_VCS;
import static dev.precis.components.noc.NocComponentType.OUTPUT_SPEEDUP;
import static dev.precis.components.noc.NocComponentType.ROUTER;
import static dev.precis.components.noc.NocComponentType.ROUTING_DELAY;
import static dev.precis.components.noc.NocComponentType.ROUTING_FUNCTION;
import static dev.precis.components.noc.NocComponentType.ST_FINAL_DELAY;
import static dev.precis.components.noc.NocComponentType.ST_PREPARE_DELAY;
import static dev.precis.components.noc.NocComponentType.SW_ALLOCATOR;
import static dev.precis.components.noc.NocComponentType.SW_ALLOC_DELAY;
import static dev.precis.components.noc.NocComponentType.TOPOLOGY;
import static dev.precis.components.noc.NocComponentType.VC_ALLOCATOR;
import static dev.precis.components.noc.NocComponentType.VC_ALLOC_DELAY;
import static dev.precis.components.noc.NocComponentType.VC_BUF_SIZE;
import static dev.precis.components.noc.NocComponentType.WAIT_FOR_TAIL_CREDIT;

import dev.precis.tlm.describe.ParamSpec;
import dev.precis.tlm.describe.ParameterException;
import dev.precis.tlm.describe.Params;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Parameters of a cycle-level network, named as BookSim2 names them; delays are in router clock cycles. Built
 * only by name, from {@link Params} checked against {@link NocComponentType#DESCRIPTOR} (which holds every
 * default): a HOCON block, a command-line flag, a BookSim2 {@code .cfg} line and a test's {@link Builder} all
 * arrive here the same way, so each value is range-checked by its {@link ParamSpec} and the rules between
 * values are checked once, in this constructor, with the rule named in the message.
 */
public final class NocConfig {

    private final Map<String, Object> values;
    private final Topology topology;
    private final int numVcs;
    private final int vcBufSize;
    private final boolean waitForTailCredit;
    private final int allocIters;
    private final int creditDelay;
    private final int routingDelay;
    private final int vcAllocDelay;
    private final int swAllocDelay;
    private final int stPrepareDelay;
    private final int stFinalDelay;
    private final int inputSpeedup;
    private final int outputSpeedup;
    private final int internalSpeedup;
    private final int linkLatency;
    private final int flitBytes;

    private NocConfig(Params p) {
        this.values = new LinkedHashMap<>(p.asMap());
        String topologyName = p.getString(TOPOLOGY.name());
        int k = p.getInt(K.name());
        int n = p.getInt(N.name());
        try {
            this.topology = Topology.of(topologyName, k, n);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(e.getMessage(), List.of(K.name(), N.name()));
        }
        this.numVcs = p.getInt(NUM_VCS.name());
        this.vcBufSize = p.getInt(VC_BUF_SIZE.name());
        this.waitForTailCredit = p.getBoolean(WAIT_FOR_TAIL_CREDIT.name());
        this.allocIters = p.getInt(ALLOC_ITERS.name());
        this.creditDelay = p.getInt(CREDIT_DELAY.name());
        this.routingDelay = p.getInt(ROUTING_DELAY.name());
        this.vcAllocDelay = p.getInt(VC_ALLOC_DELAY.name());
        this.swAllocDelay = p.getInt(SW_ALLOC_DELAY.name());
        this.stPrepareDelay = p.getInt(ST_PREPARE_DELAY.name());
        this.stFinalDelay = p.getInt(ST_FINAL_DELAY.name());
        this.inputSpeedup = p.getInt(INPUT_SPEEDUP.name());
        this.outputSpeedup = p.getInt(OUTPUT_SPEEDUP.name());
        double internal = p.getDouble(INTERNAL_SPEEDUP.name());
        this.linkLatency = p.getInt(LINK_LATENCY.name());
        this.flitBytes = p.getInt(FLIT_BYTES.name());
        // The routers, allocators and energy model implement exactly one choice of these (the descriptor's
        // choice lists refuse any other value); read them so that an undeclared change would fail here.
        p.getString(ROUTER.name());
        p.getString(VC_ALLOCATOR.name());
        p.getString(SW_ALLOCATOR.name());

        if (numVcs < topology.minimumVcs()) {
            throw rule("num_vcs = " + numVcs + ": a " + topology.name() + " needs at least " + topology.minimumVcs()
                    + " virtual channels (rule: dateline deadlock avoidance splits them into two classes)",
                    NUM_VCS, TOPOLOGY);
        }
        if (topology instanceof TorusTopology && "dor".equals(p.getString(ROUTING_FUNCTION.name()))) {
            throw rule("routing_function = dor is not defined on a torus (rule: BookSim2 has dor_mesh but no"
                    + " dor_torus; use dim_order)", ROUTING_FUNCTION, TOPOLOGY);
        }
        if (stPrepareDelay + stFinalDelay < 1) {
            throw rule("st_prepare_delay + st_final_delay = " + (stPrepareDelay + stFinalDelay)
                    + " (rule: a flit takes at least one cycle through the switch, the sum must be at least 1)",
                    ST_PREPARE_DELAY, ST_FINAL_DELAY);
        }
        if (internal != Math.rint(internal)) {
            throw rule("internal_speedup = " + internal + " (rule: Precis steps the router pipeline a whole number"
                    + " of times per cycle; fractional speedups are not modelled)", INTERNAL_SPEEDUP);
        }
        this.internalSpeedup = (int) internal;
    }

    private static ParameterException rule(String message, ParamSpec... involved) {
        return new ParameterException(message,
                java.util.Arrays.stream(involved).map(ParamSpec::name).toList());
    }

    /** A configuration from parameters already checked against {@link NocComponentType#DESCRIPTOR}. */
    public static NocConfig from(Params params) {
        return new NocConfig(params);
    }

    /** The descriptor's defaults: the configuration of the BookSim2 reference run (8x8 mesh). */
    public static NocConfig defaults() {
        return builder().build();
    }

    /** A builder starting from the descriptor's defaults. */
    public static Builder builder() {
        return new Builder(Map.of());
    }

    /** A builder starting from this configuration's values. */
    public Builder toBuilder() {
        Map<String, Object> start = new LinkedHashMap<>(values);
        // Resolved frequencies are plain hertz; the parameter's text form needs its unit.
        start.put(NocComponentType.CLOCK.name(), values.get(NocComponentType.CLOCK.name()) + " Hz");
        return new Builder(start);
    }

    /** Every parameter by name, as resolved (defaults included), in descriptor order. */
    public Map<String, Object> values() {
        return java.util.Collections.unmodifiableMap(values);
    }

    public Topology topology() {
        return topology;
    }

    public int numVcs() {
        return numVcs;
    }

    public int vcBufSize() {
        return vcBufSize;
    }

    public boolean waitForTailCredit() {
        return waitForTailCredit;
    }

    public int allocIters() {
        return allocIters;
    }

    public int creditDelay() {
        return creditDelay;
    }

    public int routingDelay() {
        return routingDelay;
    }

    public int vcAllocDelay() {
        return vcAllocDelay;
    }

    public int swAllocDelay() {
        return swAllocDelay;
    }

    /** BookSim2's crossbar delay: st_prepare_delay + st_final_delay. */
    public int crossbarDelay() {
        return stPrepareDelay + stFinalDelay;
    }

    public int inputSpeedup() {
        return inputSpeedup;
    }

    public int outputSpeedup() {
        return outputSpeedup;
    }

    public int internalSpeedup() {
        return internalSpeedup;
    }

    public int linkLatency() {
        return linkLatency;
    }

    public int flitBytes() {
        return flitBytes;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NocConfig other && values.equals(other.values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return "NocConfig" + values;
    }

    /**
     * Sets parameters by their descriptor names and builds through the same checks as every other way in. The
     * typed setters are shorthands for {@link #set}.
     */
    public static final class Builder {
        private final Map<String, Object> raw = new LinkedHashMap<>();

        private Builder(Map<String, Object> start) {
            raw.putAll(start);
        }

        /** Sets parameter {@code name} (a descriptor name such as {@code num_vcs}) to {@code value}. */
        public Builder set(String name, Object value) {
            raw.put(name, value);
            return this;
        }

        /** Sets every entry of {@code values} by name. */
        public Builder setAll(Map<String, ?> values) {
            raw.putAll(values);
            return this;
        }

        public Builder topology(String name) {
            return set(TOPOLOGY.name(), name);
        }

        public Builder k(int k) {
            return set(K.name(), k);
        }

        public Builder n(int n) {
            return set(N.name(), n);
        }

        public Builder numVcs(int vcs) {
            return set(NUM_VCS.name(), vcs);
        }

        public Builder vcBufSize(int flits) {
            return set(VC_BUF_SIZE.name(), flits);
        }

        public Builder waitForTailCredit(boolean wait) {
            return set(WAIT_FOR_TAIL_CREDIT.name(), wait);
        }

        public Builder allocIters(int iterations) {
            return set(ALLOC_ITERS.name(), iterations);
        }

        public Builder creditDelay(int cycles) {
            return set(CREDIT_DELAY.name(), cycles);
        }

        public Builder routingDelay(int cycles) {
            return set(ROUTING_DELAY.name(), cycles);
        }

        public Builder vcAllocDelay(int cycles) {
            return set(VC_ALLOC_DELAY.name(), cycles);
        }

        public Builder swAllocDelay(int cycles) {
            return set(SW_ALLOC_DELAY.name(), cycles);
        }

        public Builder stFinalDelay(int cycles) {
            return set(ST_FINAL_DELAY.name(), cycles);
        }

        public Builder inputSpeedup(int speedup) {
            return set(INPUT_SPEEDUP.name(), speedup);
        }

        public Builder outputSpeedup(int speedup) {
            return set(OUTPUT_SPEEDUP.name(), speedup);
        }

        public Builder internalSpeedup(int speedup) {
            return set(INTERNAL_SPEEDUP.name(), (double) speedup);
        }

        public Builder linkLatency(int cycles) {
            return set(LINK_LATENCY.name(), cycles);
        }

        public Builder flitBytes(int bytes) {
            return set(FLIT_BYTES.name(), bytes);
        }

        public NocConfig build() {
            return from(Params.resolve(NocComponentType.DESCRIPTOR, "noc", raw));
        }
    }
}
