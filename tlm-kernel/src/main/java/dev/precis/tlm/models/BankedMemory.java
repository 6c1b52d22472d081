package dev.precis.tlm.models;

import dev.precis.tlm.Component;
import dev.precis.tlm.PortDirection;
import dev.precis.tlm.TargetSocket;
import dev.precis.tlm.Transaction;
import dev.precis.tlm.describe.ComponentDescriptor;
import dev.precis.tlm.describe.ComponentType;
import dev.precis.tlm.describe.ParamSpec;
import dev.precis.tlm.describe.ParamType;
import dev.precis.tlm.describe.Params;
import dev.precis.tlm.describe.PortSpec;
import dev.precis.tlm.describe.StatSpec;
import dev.precis.tlm.stats.Accumulator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A memory of {@code banks} banks interleaved every {@code interleaveBytes}: a bank serves one request at a time,
 * so a request to a bank still busy with an earlier one waits for it (a bank conflict), while requests to
 * different banks overlap. Which requests conflict depends on their addresses, so the addresses a seeded traffic
 * generator draws reach the timing. Up to {@code queueDepth} requests are held, then END_REQ waits
 * (back-pressure); serving one takes {@code latencyPs + size × psPerByte}.
 */
public final class BankedMemory extends Component {
    public static final StatSpec CONFLICT_WAIT = new StatSpec("bankConflictWait", "ps",
            "time a request waited for its bank to finish an earlier request");
    private final long interleaveBytes;
    private final long latencyPs;
    private final long psPerByte;
    private final long[] bankFreeAtPs;
    private Accumulator conflictWaitPs;

    public BankedMemory(int queueDepth, int banks, long interleaveBytes, long latencyPs, long psPerByte) {
        if (banks < 1) throw new IllegalArgumentException("banks must be >= 1, got " + banks);
        if (interleaveBytes < 1) throw new IllegalArgumentException("interleaveBytes must be >= 1, got " + interleaveBytes);
        this.interleaveBytes = interleaveBytes;
        this.latencyPs = latencyPs;
        this.psPerByte = psPerByte;
        this.bankFreeAtPs = new long[banks];
        TargetSocket.declare(this, "in", queueDepth, banks, this::serviceTimePs);
    }

    @Override
    protected void onStart() {
        conflictWaitPs = ctx().stats().accumulator(CONFLICT_WAIT);
    }

    /** Called when the request starts service: the wait for its bank plus its own service time. */
    private long serviceTimePs(Transaction request) {
        long now = ctx().now();
        int bank = (int) Long.remainderUnsigned(Long.divideUnsigned(request.address(), interleaveBytes), bankFreeAtPs.length);
        long start = Math.max(now, bankFreeAtPs[bank]);
        conflictWaitPs.add(start - now);
        bankFreeAtPs[bank] = start + latencyPs + request.sizeBytes() * psPerByte;
        return bankFreeAtPs[bank] - now;
    }

    /** Self-description for {@code precis info} and compositions. */
    public static final class Type implements ComponentType {
        private static final ComponentDescriptor DESCRIPTOR = new ComponentDescriptor("banked-memory",
                "memory of interleaved banks, one request per bank at a time: bank conflicts, bounded queue, back-pressure",
                List.of(ParamSpec.optional("queueDepth", ParamType.INT, "requests", "8", "requests held before END_REQ waits").atLeast(1),
                        ParamSpec.optional("banks", ParamType.INT, "", "4", "banks; each serves one request at a time").atLeast(1),
                        ParamSpec.optional("interleave", ParamType.BYTES, "B", "64", "consecutive bytes mapped to one bank").atLeast(1),
                        ParamSpec.optional("latency", ParamType.TIME, "ps", "20 ns", "fixed part of the service time").atLeast(0),
                        ParamSpec.optional("psPerByte", ParamType.LONG, "ps/B", "0", "transfer time per byte").atLeast(0)),
                List.of(new PortSpec("in", PortDirection.TARGET, "READ/WRITE requests, AT (BEGIN_REQ..END_RESP) or LT")),
                Stream.concat(Stream.of(CONFLICT_WAIT),
                        TargetSocket.statistics("in").stream()).toList());

        @Override
        public ComponentDescriptor descriptor() {
            return DESCRIPTOR;
        }

        @Override
        public Component create(Params p) {
            return new BankedMemory(p.getInt("queueDepth"), p.getInt("banks"), p.getBytes("interleave"),
                    p.getTimePs("latency"), p.getLong("psPerByte"));
        }
    }
}
