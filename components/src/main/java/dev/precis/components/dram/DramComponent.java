package dev.precis.components.dram;

import dev.precis.tlm.ClockDomain;
import dev.precis.tlm.Command;
import dev.precis.tlm.Component;
import dev.precis.tlm.Phase;
import dev.precis.tlm.Port;
import dev.precis.tlm.ResponseStatus;
import dev.precis.tlm.Transaction;
import dev.precis.tlm.stats.Accumulator;
import dev.precis.tlm.stats.Counter;
import dev.precis.tlm.stats.Histogram;
import java.util.ArrayDeque;

/**
 * The DRAM model as a kernel component: target port {@code in} takes READ/WRITE transactions
 * with the approximately-timed protocol, each within one burst ({@code requestBytes}: bus width x
 * burst length; a larger or boundary-crossing request is answered BURST_ERROR). A request is accepted (END_REQ) at the first DRAM
 * cycle its channel's queue has room, so END_REQ is delayed while the queue is full
 * (back-pressure); BEGIN_RESP goes back when the data has returned (reads) or the write was
 * buffered, one response at a time after each END_RESP. A request that arrives after the current
 * cycle's tick and finds room is accepted at once, in that cycle, as a DRAMSim3 front end adds any
 * number of transactions per cycle: so the port itself never caps a multi-channel memory (HBM2's
 * eight channels) at one request per cycle.
 *
 * <p>The component clocks itself at the DRAM clock (tCK) only while it has work. While it
 * sleeps, the cycles it missed (background time and any refreshes falling due) are caught up
 * exactly when it next wakes, so the result equals ticking every cycle. At the end of the run it
 * catches up the same way to the run's end, so background and refresh energy cover the whole run
 * (a compute-only tail included), as a DRAM ticked every cycle would.
 */
public final class DramComponent extends Component {

    private final DramConfig config;
    private final DramSystem system;
    private final Port in;
    private final long capacityBytes;
    private final ClockDomain clock;
    private final ArrayDeque<Transaction> responses = new ArrayDeque<>();
    private Transaction incoming;
    private long incomingSinceCycle;
    private boolean awaitingEndResp;

    private Counter reads;
    private Counter writes;
    private Counter readBytes;
    private Counter writeBytes;
    private Counter stallCycles;
    private Histogram readLatencyCycles;
    private Accumulator readLatencyMeanCycles;

    public DramComponent(DramConfig config) {
        this.config = config;
        this.system = new DramSystem(config, this::completed);
        this.in = targetPort("in", this::arrived);
        this.capacityBytes = config.organization().channels() * config.organization().channelBytes();
        long frequencyHz = Math.round(1e9 / config.tckNs());
        this.clock = new ClockDomain(config.name(), frequencyHz);
        clock(clock, this::tick);
    }

    public DramConfig config() {
        return config;
    }

    @Override
    protected void onEndOfElaboration() {
        var stats = ctx().stats();
        reads = stats.counter(DramComponentType.READS);
        writes = stats.counter(DramComponentType.WRITES);
        readBytes = stats.counter(DramComponentType.READ_BYTES);
        writeBytes = stats.counter(DramComponentType.WRITE_BYTES);
        stallCycles = stats.counter(DramComponentType.BACK_PRESSURE_CYCLES);
        readLatencyCycles = stats.histogram(DramComponentType.READ_LATENCY, 0, 8, 256);
        readLatencyMeanCycles = stats.accumulator(DramComponentType.READ_LATENCY_CYCLES);
    }

    private void arrived(Transaction tx) {
        switch (tx.phase()) {
            case BEGIN_REQ -> {
                if (incoming != null) {
                    throw new IllegalStateException(name() + ".in: BEGIN_REQ " + tx + " before END_REQ of " + incoming);
                }
                if (tx.command() != Command.READ && tx.command() != Command.WRITE) {
                    // Not a memory command: accept and answer at once with COMMAND_ERROR (TLM-2.0 practice).
                    ctx().send(in, tx.withPhase(Phase.END_REQ));
                    responses.add(tx.withStatus(ResponseStatus.COMMAND_ERROR).withPhase(Phase.BEGIN_RESP));
                    sendNextResponse();
                    return;
                }
                if (tx.address() + Math.max(1, tx.sizeBytes()) > capacityBytes) {
                    // Beyond the memory: answered with ADDRESS_ERROR rather than wrapped around.
                    ctx().send(in, tx.withPhase(Phase.END_REQ));
                    responses.add(tx.withStatus(ResponseStatus.ADDRESS_ERROR).withPhase(Phase.BEGIN_RESP));
                    sendNextResponse();
                    return;
                }
                int burst = config.organization().requestBytes();
                if (Math.floorMod(tx.address(), burst) + tx.sizeBytes() > burst) {
                    // More than one burst: a request is one column access; a DMA splits larger transfers.
                    ctx().send(in, tx.withPhase(Phase.END_REQ));
                    responses.add(tx.withStatus(ResponseStatus.BURST_ERROR).withPhase(Phase.BEGIN_RESP));
                    sendNextResponse();
                    return;
                }
                incoming = tx;
                incomingSinceCycle = -1;
                if (system.cycle() == clock.psToCycle(ctx().now()) + 1
                        && system.willAccept(tx.address(), tx.command() == Command.WRITE)) {
                    // This cycle's tick has run (the system stands at the next cycle): join it if there is room.
                    offerIncoming(system.cycle() - 1);
                }
                ctx().wakeClock();
            }
            case END_RESP -> {
                awaitingEndResp = false;
                sendNextResponse();
            }
            default -> throw new IllegalStateException(name() + ".in cannot take phase " + tx.phase() + " (" + tx
                    + "): the DRAM model is approximately timed (BEGIN_REQ .. END_RESP)");
        }
    }

    private boolean tick(long cycle) {
        catchUpTo(cycle);
        system.tick();
        if (incoming != null) {
            offerIncoming(cycle);
        }
        return incoming != null || !system.isIdle();
    }

    private void offerIncoming(long cycle) {
        long address = incoming.address();
        boolean write = incoming.command() == Command.WRITE;
        if (system.willAccept(address, write)) {
            system.add(address, write, incoming);
            ctx().send(in, incoming.withPhase(Phase.END_REQ));
            incoming = null;
        } else {
            stallCycles.increment();
            if (incomingSinceCycle < 0) {
                incomingSinceCycle = cycle;
            }
        }
    }

    /** Brings the DRAM clock up to {@code cycle}, skipping idle stretches and ticking through refreshes. */
    private void catchUpTo(long cycle) {
        while (system.cycle() < cycle) {
            if (system.isIdle()) {
                long target = Math.min(cycle, system.nextSelfEventCycle());
                if (target > system.cycle()) {
                    system.skipIdleUntil(target);
                    continue;
                }
            }
            system.tick();
        }
    }

    private void completed(DramTransaction t, long cycle) {
        Transaction tx = (Transaction) t.tag();
        if (t.isWrite()) {
            writes.increment();
            writeBytes.add(tx.sizeBytes());
        } else {
            reads.increment();
            readBytes.add(tx.sizeBytes());
            long latency = t.completeCycle() - t.addedCycle();
            readLatencyCycles.add(latency);
            readLatencyMeanCycles.add(latency);
        }
        responses.add(tx.withStatus(ResponseStatus.OK).withPhase(Phase.BEGIN_RESP));
        sendNextResponse();
    }

    private void sendNextResponse() {
        if (awaitingEndResp || responses.isEmpty()) {
            return;
        }
        awaitingEndResp = true;
        ctx().send(in, responses.poll());
    }

    @Override
    protected void onEnd() {
        // The DRAM is powered for the whole run, not only until its last request: catch up (background
        // cycles and the refreshes falling due) through the cycle holding the run's end. The kernel gives
        // onEnd the run's end (its last event anywhere) on every engine, so this is engine-independent.
        catchUpTo(clock.psToCycle(ctx().now()) + 1);
        var stats = ctx().stats();
        long[] commands = new long[DramCommandType.COUNT];
        long readHits = 0, writeHits = 0, cycles = 0;
        DramEnergy energy = DramEnergy.ZERO;
        DramEnergyModel model = new DramEnergyModel(config);
        for (int c = 0; c < system.channelCount(); c++) {
            DramChannelStats s = system.channel(c).stats();
            for (DramCommandType type : DramCommandType.values()) {
                commands[type.ordinal()] += s.commands(type);
            }
            readHits += s.readRowHits();
            writeHits += s.writeRowHits();
            cycles = Math.max(cycles, s.cycles());
            energy = energy.plus(model.energyOf(s));
        }
        for (DramCommandType type : DramCommandType.values()) {
            stats.counter(DramComponentType.commands(type)).add(commands[type.ordinal()]);
        }
        stats.counter(DramComponentType.READ_ROW_HITS).add(readHits);
        stats.counter(DramComponentType.WRITE_ROW_HITS).add(writeHits);
        stats.counter(DramComponentType.CYCLES).add(cycles);
        stats.accumulator(DramComponentType.ACTIVATE_ENERGY).add(energy.activatePj());
        stats.accumulator(DramComponentType.READ_ENERGY).add(energy.readPj());
        stats.accumulator(DramComponentType.WRITE_ENERGY).add(energy.writePj());
        stats.accumulator(DramComponentType.REFRESH_ENERGY).add(energy.refreshPj());
        stats.accumulator(DramComponentType.BACKGROUND_ENERGY).add(energy.backgroundPj());
        stats.accumulator(DramComponentType.TOTAL_ENERGY).add(energy.totalPj());
    }
}
