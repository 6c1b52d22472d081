package dev.precis.tlm.models;

import dev.precis.tlm.PortDirection;
import dev.precis.tlm.describe.ComponentDescriptor;
import dev.precis.tlm.describe.ComponentType;
import dev.precis.tlm.describe.ParamSpec;
import dev.precis.tlm.describe.ParamType;
import dev.precis.tlm.describe.Params;
import dev.precis.tlm.describe.PortSpec;
import java.util.List;

import dev.precis.tlm.Component;
import dev.precis.tlm.TargetSocket;
import dev.precis.tlm.Transaction;

/**
 * A fixed-latency memory with a bounded request queue: the smallest useful approximately-timed target,
 * built on {@link TargetSocket}. Latency = fixed part + size / bandwidth.
 */
public final class SimpleMemory extends Component {
    public SimpleMemory(int queueDepth, int banks, long latencyPs, long psPerByte) {
        TargetSocket.declare(this, "in", queueDepth, banks, new TargetSocket.Service() {
            @Override
            public long latencyPs(Transaction request) {
                return latencyPs + request.sizeBytes() * psPerByte;
            }
        });
    }

    /** Self-description for {@code precis info} and compositions. */
    public static final class Type implements ComponentType {
        private static final ComponentDescriptor DESCRIPTOR = new ComponentDescriptor("simple-memory",
                "fixed-latency memory with a bounded queue and back-pressure (approximately timed)",
                List.of(ParamSpec.optional("queueDepth", ParamType.INT, "requests", "8", "requests held before END_REQ waits").atLeast(1),
                        ParamSpec.optional("banks", ParamType.INT, "", "1", "requests served at once").atLeast(1),
                        ParamSpec.optional("latency", ParamType.TIME, "ps", "20 ns", "fixed part of the service time").atLeast(0),
                        ParamSpec.optional("psPerByte", ParamType.LONG, "ps/B", "0", "transfer time per byte").atLeast(0)),
                List.of(new PortSpec("in", PortDirection.TARGET, "READ/WRITE requests, AT (BEGIN_REQ..END_RESP) or LT")),
                TargetSocket.statistics("in"));

        @Override
        public ComponentDescriptor descriptor() {
            return DESCRIPTOR;
        }

        @Override
        public Component create(Params p) {
            return new SimpleMemory(p.getInt("queueDepth"), p.getInt("banks"), p.getTimePs("latency"), p.getLong("psPerByte"));
        }
    }
}
