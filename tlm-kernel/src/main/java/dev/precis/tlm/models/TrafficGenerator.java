package dev.precis.tlm.models;

import dev.precis.tlm.PortDirection;
import dev.precis.tlm.describe.ComponentDescriptor;
import dev.precis.tlm.describe.ComponentType;
import dev.precis.tlm.describe.ParamSpec;
import dev.precis.tlm.describe.ParamType;
import dev.precis.tlm.describe.Params;
import dev.precis.tlm.describe.PortSpec;
import dev.precis.tlm.describe.StatSpec;
import java.util.List;

import dev.precis.tlm.Component;
import dev.precis.tlm.InitiatorSocket;
import dev.precis.tlm.Transaction;
import dev.precis.tlm.stats.Accumulator;
import dev.precis.tlm.stats.Histogram;
import java.util.HashMap;
import java.util.Map;

/**
 * Issues {@code requests} random reads and writes, one every {@code intervalPs}, to an approximately-timed
 * target and measures their round-trip latency. Requests the target cannot accept yet wait in the socket, so
 * back-pressure shows up as latency.
 */
public final class TrafficGenerator extends Component {
    public static final StatSpec LATENCY = new StatSpec("latency", "ps", "request round-trip latency");
    public static final StatSpec LATENCY_HISTOGRAM = new StatSpec("latencyHistogram", "ns", "request latency distribution");
    public static final StatSpec COMPLETED = new StatSpec("completed", "count", "requests completed");
    private final InitiatorSocket socket;
    private final int requests;
    private final long intervalPs;
    private final long addressSpaceBytes;
    private final int sizeBytes;
    private final double writeFraction;
    private final Map<Long, Long> issuedAt = new HashMap<>();
    private int issued;
    private Accumulator latency;
    private Histogram latencyHistogram;

    public TrafficGenerator(int requests, long intervalPs, long addressSpaceBytes, int sizeBytes, double writeFraction) {
        this.requests = requests;
        this.intervalPs = intervalPs;
        this.addressSpaceBytes = addressSpaceBytes;
        this.sizeBytes = sizeBytes;
        this.writeFraction = writeFraction;
        this.socket = InitiatorSocket.declare(this, "out", this::completed);
    }

    @Override
    protected void onStart() {
        latency = ctx().stats().accumulator(LATENCY);
        latencyHistogram = ctx().stats().histogram(LATENCY_HISTOGRAM, 0, 10, 100);
        if (requests > 0) ctx().schedule(0, "issue");
    }

    @Override
    protected void onEvent(Object event) {
        long lines = Math.max(1, addressSpaceBytes / sizeBytes);
        long address = ctx().random().nextLong(lines) * sizeBytes;
        long id = ctx().newTransactionId();
        Transaction tx = ctx().random().nextDouble() < writeFraction
                ? Transaction.write(id, address, sizeBytes) : Transaction.read(id, address, sizeBytes);
        issuedAt.put(id, ctx().now());
        socket.send(tx);
        if (++issued < requests) ctx().schedule(intervalPs, "issue");
    }

    private void completed(Transaction response) {
        long ps = ctx().now() - issuedAt.remove(response.id());
        latency.add(ps);
        latencyHistogram.add(ps / 1000.0);
        ctx().stats().counter(COMPLETED).increment();
    }

    /** Self-description for {@code precis info} and compositions. */
    public static final class Type implements ComponentType {
        private static final ComponentDescriptor DESCRIPTOR = new ComponentDescriptor("traffic-generator",
                "issues random reads/writes at a fixed interval and measures their latency",
                List.of(ParamSpec.optional("requests", ParamType.INT, "requests", "100", "requests to issue").atLeast(0),
                        ParamSpec.optional("interval", ParamType.TIME, "ps", "5 ns", "time between requests").atLeast(0),
                        ParamSpec.optional("addressSpace", ParamType.BYTES, "B", "1 MiB", "addresses drawn below this").atLeast(1),
                        ParamSpec.optional("size", ParamType.BYTES, "B", "64", "bytes per request").range(1, Integer.MAX_VALUE),
                        ParamSpec.optional("writeFraction", ParamType.DOUBLE, "", "0.3", "share of writes").range(0, 1)),
                List.of(new PortSpec("out", PortDirection.INITIATOR, "READ/WRITE requests, approximately timed")),
                List.of(LATENCY, LATENCY_HISTOGRAM, COMPLETED));

        @Override
        public ComponentDescriptor descriptor() {
            return DESCRIPTOR;
        }

        @Override
        public Component create(Params p) {
            return new TrafficGenerator(p.getInt("requests"), p.getTimePs("interval"), p.getBytes("addressSpace"),
                    (int) p.getBytes("size"), p.getDouble("writeFraction"));
        }
    }
}
