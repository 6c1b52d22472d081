package dev.precis.components.dram;

import java.util.HashMap;
import java.util.Map;

/** Test helper: drives a {@link DramSystem} cycle by cycle and records each request's latency. */
final class SystemDriver {

    final DramSystem system;
    final AddressMapping mapping;
    final Map<Object, Long> latency = new HashMap<>();
    final Map<Object, Long> completedAt = new HashMap<>();

    SystemDriver(DramConfig config) {
        system = new DramSystem(config, (t, cycle) -> {
            latency.put(t.tag(), cycle - t.addedCycle());
            completedAt.put(t.tag(), cycle);
        });
        mapping = system.mapping();
    }

    /** Ticks once, then queues the request (the trace front end's order). */
    void tickThenAdd(String tag, long address, boolean write) {
        system.tick();
        if (!system.willAccept(address, write)) {
            throw new IllegalStateException("queue full for " + tag);
        }
        system.add(address, write, tag);
    }

    void tick(long cycles) {
        for (long i = 0; i < cycles; i++) {
            system.tick();
        }
    }

    long latencyOf(String tag) {
        Long l = latency.get(tag);
        if (l == null) {
            throw new AssertionError(tag + " did not complete");
        }
        return l;
    }

    long commands(DramCommandType type) {
        long n = 0;
        for (int c = 0; c < system.channelCount(); c++) {
            n += system.channel(c).stats().commands(type);
        }
        return n;
    }

    static DramConfig withPolicy(DramConfig c, RowBufferPolicy policy) {
        ControllerPolicy p = c.controller();
        return new DramConfig(c.name(), c.protocol(), c.standard(), c.organization(), c.tckNs(), c.timingCycles(), c.power(),
                new ControllerPolicy(p.addressMapping(), p.queueStructure(), policy, p.commandQueueSize(),
                        p.transactionQueueSize(), p.unifiedQueue(), p.refreshPolicy(), p.dualCommandIssue()));
    }
}
