package dev.precis.components.noc;

import dev.precis.tlm.describe.ParamSpec;
import dev.precis.tlm.describe.ParamType;
import dev.precis.tlm.describe.ParameterException;
import dev.precis.tlm.describe.Params;
import java.util.List;
import java.util.Map;

/**
 * A synthetic-traffic latency experiment on a network: traffic pattern, injection, seed and how each run is
 * conducted. The parameters are named by their BookSim2 keys and declared once, here, with BookSim2's defaults
 * (src/booksim_config.cpp) except the seed (Precis' 1; BookSim2 has 0). Injection rates are in packets per node
 * per cycle unless {@code injection_rate_uses_flits} is set, as in BookSim2; {@link #flitLoad} converts.
 *
 * @param traffic                the destination pattern
 * @param injectionRate          the single offered load of a BookSim2 run (in the unit above)
 * @param injectionRateUsesFlits true when rates are flits per node per cycle
 * @param seed                   random seed of traffic generation
 * @param run                    how each run is conducted (warm-up, sampling, convergence, packet size)
 */
public record NocExperiment(TrafficPattern traffic, double injectionRate, boolean injectionRateUsesFlits, long seed,
                            LatencyRunOptions run) {

    public static final ParamSpec TRAFFIC = ParamSpec.choice("traffic", "uniform",
            "destination pattern (BookSim2's traffic.cpp; hotspot: 20% of packets to node 0, Precis' own)",
            "uniform", "transpose", "bitcomp", "bitrev", "shuffle", "tornado", "neighbor", "hotspot");
    public static final ParamSpec INJECTION_PROCESS = ParamSpec.choice("injection_process", "bernoulli",
            "packet arrivals: a Bernoulli trial per node and cycle", "bernoulli");
    public static final ParamSpec INJECTION_RATE = ParamSpec.optional("injection_rate", ParamType.DOUBLE, "", "0.1",
            "offered load, packets (or flits, see injection_rate_uses_flits) per node per cycle, in (0, 1]")
            .range(0, 1);
    public static final ParamSpec INJECTION_RATE_USES_FLITS = ParamSpec.optional("injection_rate_uses_flits",
            ParamType.BOOLEAN, "", "false", "injection rates count flits, not packets");
    public static final ParamSpec PACKET_SIZE = ParamSpec.optional("packet_size", ParamType.INT, "flits", "1",
            "flits per packet").range(1, 1_000_000);
    public static final ParamSpec SIM_TYPE = ParamSpec.choice("sim_type", "latency",
            "BookSim2's latency mode: warm up, sample until converged, drain the measured packets", "latency");
    public static final ParamSpec WARMUP_PERIODS = ParamSpec.optional("warmup_periods", ParamType.INT, "", "3",
            "sample periods of warm-up (0: until the warm-up thresholds hold)").range(0, 1_000_000);
    public static final ParamSpec SAMPLE_PERIOD = ParamSpec.optional("sample_period", ParamType.INT, "cycles", "1000",
            "cycles per sample period").range(1, 1_000_000_000);
    public static final ParamSpec MAX_SAMPLES = ParamSpec.optional("max_samples", ParamType.INT, "", "10",
            "most sample periods before a run counts as not converged (unstable)").range(1, 1_000_000);
    public static final ParamSpec LATENCY_THRES = ParamSpec.optional("latency_thres", ParamType.DOUBLE, "cycles",
            "500.0", "average latency above which a run is unstable (negative: no limit)");
    public static final ParamSpec WARMUP_THRES = ParamSpec.optional("warmup_thres", ParamType.DOUBLE, "", "0.05",
            "relative latency change that ends a threshold warm-up (negative: not checked)");
    public static final ParamSpec ACC_WARMUP_THRES = ParamSpec.optional("acc_warmup_thres", ParamType.DOUBLE, "",
            "0.05", "relative accepted-rate change that ends a threshold warm-up (negative: not checked)");
    public static final ParamSpec STOPPING_THRES = ParamSpec.optional("stopping_thres", ParamType.DOUBLE, "", "0.05",
            "relative latency change per period that counts as converged (negative: not checked)");
    public static final ParamSpec ACC_STOPPING_THRES = ParamSpec.optional("acc_stopping_thres", ParamType.DOUBLE, "",
            "0.05", "relative accepted-rate change per period that counts as converged (negative: not checked)");
    public static final ParamSpec SEED = ParamSpec.optional("seed", ParamType.LONG, "", "1",
            "random seed; the same inputs and seed give the same figures");

    /** Every experiment parameter, in the order {@code precis noc --help} lists them. */
    public static final List<ParamSpec> PARAMS = List.of(TRAFFIC, INJECTION_PROCESS, INJECTION_RATE,
            INJECTION_RATE_USES_FLITS, PACKET_SIZE, SIM_TYPE, WARMUP_PERIODS, SAMPLE_PERIOD, MAX_SAMPLES,
            LATENCY_THRES, WARMUP_THRES, ACC_WARMUP_THRES, STOPPING_THRES, ACC_STOPPING_THRES, SEED);

    private static final String WHERE = "noc experiment";

    /** Checks raw values (by parameter name; defaults for the rest) against {@link #PARAMS}. */
    public static Params resolve(Map<String, ?> raw) {
        return Params.resolve(WHERE, PARAMS, raw);
    }

    /** The experiment of resolved parameters on {@code topology}; the traffic pattern must suit its nodes. */
    public static NocExperiment from(Params p, Topology topology) {
        TrafficPattern traffic = TrafficPattern.of(p.getString(TRAFFIC.name()), topology);
        try {
            traffic.validate(topology.nodes());
        } catch (IllegalArgumentException e) {
            throw new ParameterException(WHERE + ": traffic = " + traffic.name() + " on " + topology.name() + ": "
                    + e.getMessage(), List.of(TRAFFIC.name(), NocComponentType.TOPOLOGY.name(),
                    NocComponentType.K.name()));
        }
        p.getString(INJECTION_PROCESS.name());
        p.getString(SIM_TYPE.name());
        LatencyRunOptions run = new LatencyRunOptions(p.getInt(PACKET_SIZE.name()), p.getInt(WARMUP_PERIODS.name()),
                p.getInt(SAMPLE_PERIOD.name()), p.getInt(MAX_SAMPLES.name()), p.getDouble(LATENCY_THRES.name()),
                p.getDouble(WARMUP_THRES.name()), p.getDouble(ACC_WARMUP_THRES.name()),
                p.getDouble(STOPPING_THRES.name()), p.getDouble(ACC_STOPPING_THRES.name()));
        // The injection rate is checked by flitLoad when it is the rate run (a sweep runs its own rates).
        return new NocExperiment(traffic, p.getDouble(INJECTION_RATE.name()),
                p.getBoolean(INJECTION_RATE_USES_FLITS.name()), p.getLong(SEED.name()), run);
    }

    /** BookSim2's defaults (uniform traffic, 1-flit packets) on the default 8x8 mesh. */
    public static NocExperiment defaults() {
        return from(resolve(Map.of()), NocConfig.defaults().topology());
    }

    /**
     * Offered load in flits per node per cycle of {@code rate} (in this experiment's unit), refused unless it is
     * in (0, 1] with the rule named.
     */
    public double flitLoad(double rate) {
        String rateName = INJECTION_RATE.name();
        if (!(rate > 0.0 && rate <= 1.0)) {
            throw new ParameterException(WHERE + ": offered load " + rate + " " + unit()
                    + " (rule: an offered load (" + rateName + ") is in (0, 1])", List.of(rateName));
        }
        double flits = injectionRateUsesFlits ? rate : rate * run.packetSizeFlits();
        if (flits > 1.0) {
            throw new ParameterException(WHERE + ": offered load " + rate + " packets/node/cycle x packet_size "
                    + run.packetSizeFlits() + " = " + flits + " flits/node/cycle (rule: a node injects at most 1 flit"
                    + " per cycle, so injection_rate x packet_size <= 1 when injection_rate_uses_flits = 0)",
                    List.of(rateName, PACKET_SIZE.name()));
        }
        return flits;
    }

    /** The unit of injection rates in this experiment. */
    public String unit() {
        return injectionRateUsesFlits ? "flits/node/cycle" : "packets/node/cycle";
    }

    public NocExperiment withTraffic(TrafficPattern other) {
        return new NocExperiment(other, injectionRate, injectionRateUsesFlits, seed, run);
    }

    public NocExperiment withRun(LatencyRunOptions other) {
        return new NocExperiment(traffic, injectionRate, injectionRateUsesFlits, seed, other);
    }
}
