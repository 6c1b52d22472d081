package dev.precis.components.noc;

import org.apache.commons.math3.random.MersenneTwister;
import org.apache.commons.math3.random.RandomGenerator;

/**
 * One latency-mode run at one offered load, conducted as BookSim2's TrafficManager does
 * (src/trafficmanager.cpp, _SingleSim): sample periods of warm-up, then sample periods of
 * measurement until latency and accepted rate converge, then a drain until every measured packet
 * has arrived. Measured packets are those generated while measuring (or, while draining, those
 * created before the drain started). Sources are Bernoulli: every cycle a new packet with
 * probability load / packet size; a source generates lazily (only when its queue is empty, back-dating
 * the packet to the cycle of its successful trial), which is an unbounded source queue without the
 * memory. The run is unstable if the average latency of delivered plus in-flight packets passes the
 * threshold, or if it is still warming up when the allowed sample periods run out. A run that is measuring
 * when they run out is drained and reported like a converged one, as BookSim2 does.
 */
final class LatencyExperiment {

    private enum Phase { WARMING_UP, RUNNING, DRAINING }

    private final NocConfig config;
    private final TrafficPattern traffic;
    private final LatencyRunOptions options;
    private final double packetProbability;
    private final RandomGenerator rng;
    private final Network network;
    private final long[] nextTrialCycle;

    private Phase phase = Phase.WARMING_UP;
    private long drainStart;
    // Measured-packet latency statistics since the last clear.
    private double latencySum;
    private long latencyCount;
    // Every generated packet not yet delivered: count of flits and sum of their creation cycles.
    private long inFlightFlits;
    private double inFlightCreationSum;
    private long measuredInFlight;
    // Accepted-rate window.
    private long windowStartCycle;
    private long windowStartEjected;

    private LatencyExperiment(NocConfig config, TrafficPattern traffic, double offeredLoad, LatencyRunOptions options,
                              long seed) {
        if (!(offeredLoad > 0.0 && offeredLoad <= 1.0)) {
            throw new IllegalArgumentException("offered load must be in (0, 1] flits/node/cycle, got " + offeredLoad);
        }
        traffic.validate(config.topology().nodes());
        this.config = config;
        this.traffic = traffic;
        this.options = options;
        this.packetProbability = offeredLoad / options.packetSizeFlits();
        this.rng = new MersenneTwister(seed);
        this.network = new Network(config, this::delivered);
        this.nextTrialCycle = new long[network.nodes()];
    }

    /** Runs one offered load (flits per node per cycle) and returns its figures. */
    public static NocLoadPoint run(NocConfig config, TrafficPattern traffic, double offeredLoad,
                                   LatencyRunOptions options, long seed) {
        return new LatencyExperiment(config, traffic, offeredLoad, options, seed).run(offeredLoad);
    }

    private NocLoadPoint run(double offeredLoad) {
        double previousLatency = 0.0;
        double previousAccepted = 0.0;
        boolean clearNext = false;
        int periods = 0;
        int converged = 0;
        boolean latencyExceeded = false;
        clearStats();
        while (periods < options.maxSamples() && (phase != Phase.RUNNING || converged < 3)) {
            if (clearNext || (phase == Phase.WARMING_UP && periods % 2 == 0)) {
                clearNext = false;
                clearStats();
            }
            for (int i = 0; i < options.samplePeriodCycles(); i++) {
                step();
            }
            double latency = latencySum / latencyCount;
            double accepted = acceptedRate();
            double latencyChange = Math.abs((latency - previousLatency) / latency);
            double acceptedChange = Math.abs((accepted - previousAccepted) / accepted);
            previousLatency = latency;
            previousAccepted = accepted;
            if (exceedsLatencyThreshold()) {
                latencyExceeded = true;
                break;
            }
            // A negative threshold is not checked; NaN changes (nothing measured yet) compare false, so they
            // count as small, as in BookSim2.
            boolean warming = phase == Phase.WARMING_UP;
            double latencyLimit = warming ? options.warmupThreshold() : options.stoppingThreshold();
            double acceptedLimit = warming ? options.accWarmupThreshold() : options.accStoppingThreshold();
            boolean changed = (latencyLimit >= 0 && latencyChange > latencyLimit)
                    || (acceptedLimit >= 0 && acceptedChange > acceptedLimit);
            if (warming) {
                boolean warmedUp = options.warmupPeriods() > 0 ? periods + 1 >= options.warmupPeriods() : !changed;
                if (warmedUp) {
                    clearNext = true;
                    phase = Phase.RUNNING;
                }
            } else {
                converged = changed ? 0 : converged + 1;
            }
            periods++;
        }
        double accepted = acceptedRate();
        // As BookSim2: a run still measuring when the sample periods run out is drained and counts as stable
        // if its packets drain below the latency threshold, converged or not; a run still warming up is not.
        boolean stable = !latencyExceeded && phase == Phase.RUNNING && drain();
        // An unstable run may end before any measured packet arrived; its latency is then the age of
        // everything delivered or in flight, the figure the stability test used (a lower bound).
        double latency = latencyCount > 0 ? latencySum / latencyCount : averageLatencyWithInFlight();
        return new NocLoadPoint(offeredLoad, latency, accepted, stable, latencyCount, network.now(),
                network.flitEvents());
    }

    private boolean exceedsLatencyThreshold() {
        return options.latencyThresholdCycles() >= 0
                && averageLatencyWithInFlight() > options.latencyThresholdCycles();
    }

    /** Runs until every measured packet has arrived; false if latency passes the threshold meanwhile. */
    private boolean drain() {
        phase = Phase.DRAINING;
        drainStart = network.now();
        long steps = 0;
        while (packetsOutstanding()) {
            step();
            if (++steps % 1000 == 0 && exceedsLatencyThreshold()) {
                return false;
            }
        }
        return true;
    }

    private boolean packetsOutstanding() {
        if (measuredInFlight > 0) {
            return true;
        }
        for (long next : nextTrialCycle) {
            if (next <= drainStart) {
                return true;
            }
        }
        return false;
    }

    private void step() {
        long now = network.now();
        int nodes = network.nodes();
        for (int n = 0; n < nodes; n++) {
            if (!network.sourceQueueEmpty(n)) {
                continue;
            }
            while (nextTrialCycle[n] <= now) {
                long created = nextTrialCycle[n]++;
                if (rng.nextDouble() < packetProbability) {
                    generate(n, created);
                    break;
                }
            }
        }
        network.step();
    }

    private void generate(int source, long created) {
        int dest = traffic.destination(source, network.nodes(), rng);
        boolean measured = phase == Phase.RUNNING || (phase == Phase.DRAINING && created < drainStart);
        int size = options.packetSizeFlits();
        network.offerPacket(source, dest, size, created, measured, null);
        inFlightFlits += size;
        inFlightCreationSum += (double) size * created;
        if (measured) {
            measuredInFlight++;
        }
    }

    private void delivered(PacketListener.DeliveredPacket packet, long arrivalCycle) {
        int size = options.packetSizeFlits();
        inFlightFlits -= size;
        inFlightCreationSum -= (double) size * packet.creationCycle();
        if (packet.measured()) {
            measuredInFlight--;
            latencySum += packet.latencyCycles(arrivalCycle);
            latencyCount++;
        }
    }

    private void clearStats() {
        latencySum = 0;
        latencyCount = 0;
        windowStartCycle = network.now();
        windowStartEjected = network.flitsEjected();
    }

    private double acceptedRate() {
        long cycles = network.now() - windowStartCycle;
        return (double) (network.flitsEjected() - windowStartEjected) / ((double) cycles * network.nodes());
    }

    /** BookSim2's stability test: measured latencies plus the age of every packet still in flight. */
    private double averageLatencyWithInFlight() {
        double sum = latencySum + (double) inFlightFlits * network.now() - inFlightCreationSum;
        return sum / (latencyCount + inFlightFlits);
    }
}
