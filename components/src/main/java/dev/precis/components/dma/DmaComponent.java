package dev.precis.components.dma;

import dev.precis.components.sram.SramComponent;
import dev.precis.tlm.ClockDomain;
import dev.precis.tlm.Command;
import dev.precis.tlm.Component;
import dev.precis.tlm.ExtensionKey;
import dev.precis.tlm.InitiatorSocket;
import dev.precis.tlm.Phase;
import dev.precis.tlm.Port;
import dev.precis.tlm.ResponseStatus;
import dev.precis.tlm.Transaction;
import dev.precis.tlm.stats.Counter;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;

/**
 * A DMA engine as a kernel component. Transfers arrive on target port {@code ctrl} as BEGIN_REQ
 * transactions; each is accepted at once (END_REQ) and answered (BEGIN_RESP) when all its bytes have
 * moved. A request carrying a {@link #DESCRIPTOR} moves a strided tile between DRAM and the buffer:
 * bursts go out on initiator ports {@code dram} and {@code buffer} (approximately timed, so both
 * memories can push back), and writes into the buffer carry the tile's span as
 * {@link SramComponent#TILE_BYTES}, so an SRAM buffer rejects a tile that does not fit. A plain READ or
 * WRITE (no descriptor; a replay controller's or an RLE codec's transfer) is a linear transfer of its
 * {@code sizeBytes} from its address, on the DRAM side only: its requester stands for the buffer (a
 * READ reads DRAM, a WRITE writes it), so the {@code buffer} port may stay unlinked. A plain request of
 * zero bytes (a transfer an RLE codec compressed away) is answered at once.
 *
 * <p>The engine charges no energy of its own: the bytes it moves are charged by the DRAM and SRAM
 * models that serve its requests.
 */
public final class DmaComponent extends Component {

    /** The transfer a ctrl request asks for. */
    public static final ExtensionKey<DmaDescriptor> DESCRIPTOR = ExtensionKey.of("dma.descriptor", DmaDescriptor.class);

    private final DmaEngine engine;
    private final Port ctrl;
    private final InitiatorSocket dram;
    private final InitiatorSocket buffer;
    private final Map<Long, Long> requestOfTransaction = new HashMap<>();
    private final ArrayDeque<Transaction> responses = new ArrayDeque<>();
    private boolean awaitingEndResp;
    private long backPressureCycles;

    private Counter bytesMoved;
    private Counter bursts;
    private Counter transfers;
    private Counter stallCycles;
    private Counter busyCycles;
    private Counter backPressureStalls;

    public DmaComponent(int burstBytes, int maxOutstanding, ClockDomain clockDomain) {
        this(burstBytes, maxOutstanding, 1, clockDomain);
    }

    public DmaComponent(int burstBytes, int maxOutstanding, int burstsPerCycle, ClockDomain clockDomain) {
        this.engine = new DmaEngine(burstBytes, maxOutstanding, burstsPerCycle, this::issue, this::transferDone);
        this.ctrl = targetPort("ctrl", this::control);
        this.dram = InitiatorSocket.declare(this, "dram", this::answered);
        this.buffer = InitiatorSocket.declareOptional(this, "buffer", this::answered);
        clock(clockDomain, cycle -> {
            engine.tick();
            if (dram.queued() + buffer.queued() > 0) {
                backPressureCycles++;
            }
            return engine.busy();
        });
    }

    @Override
    protected void onEndOfElaboration() {
        var s = ctx().stats();
        bytesMoved = s.counter(DmaComponentType.BYTES_MOVED);
        bursts = s.counter(DmaComponentType.BURSTS);
        transfers = s.counter(DmaComponentType.TRANSFERS);
        stallCycles = s.counter(DmaComponentType.STALL_CYCLES);
        busyCycles = s.counter(DmaComponentType.BUSY_CYCLES);
        backPressureStalls = s.counter(DmaComponentType.BACK_PRESSURE_CYCLES);
    }

    private void control(Transaction tx) {
        switch (tx.phase()) {
            case BEGIN_REQ -> {
                DmaDescriptor d = tx.extension(DESCRIPTOR).orElse(null);
                if (d != null) {
                    if (!buffer.port().isBound()) {
                        throw new IllegalArgumentException(name() + ".ctrl: request " + tx + " carries a " + DESCRIPTOR.name()
                                + " (a DRAM-buffer tile transfer) but port buffer is not linked");
                    }
                    ctx().send(ctrl, tx.withPhase(Phase.END_REQ));
                    engine.submit(d, tx);
                    return;
                }
                if (tx.command() != Command.READ && tx.command() != Command.WRITE) {
                    throw new IllegalArgumentException(name() + ".ctrl takes READ or WRITE transfers or a request with a "
                            + DESCRIPTOR.name() + " extension, got " + tx);
                }
                ctx().send(ctrl, tx.withPhase(Phase.END_REQ));
                if (tx.sizeBytes() == 0) {
                    transferDone(tx);
                    return;
                }
                boolean load = tx.command() == Command.READ;
                // One row of sizeBytes at the request's address; the buffer side is the requester's.
                engine.submitDramOnly(load ? DmaDescriptor.load2d(tx.address(), 0, 0, tx.sizeBytes(), 1)
                        : DmaDescriptor.store2d(0, tx.address(), 0, tx.sizeBytes(), 1), tx);
            }
            case END_RESP -> {
                awaitingEndResp = false;
                sendNextResponse();
            }
            default -> throw new IllegalArgumentException(name() + ".ctrl takes approximately-timed requests"
                    + " (BEGIN_REQ, END_RESP), got " + tx);
        }
    }

    private void issue(long requestId, DmaMemory.Side side, boolean write, long address, int bytes, long tileBytes) {
        long id = ctx().newTransactionId();
        Transaction tx = write ? Transaction.write(id, address, bytes) : Transaction.read(id, address, bytes);
        requestOfTransaction.put(id, requestId);
        if (side == DmaMemory.Side.BUFFER) {
            buffer.send(write ? tx.withExtension(SramComponent.TILE_BYTES, tileBytes) : tx);
        } else {
            dram.send(tx);
        }
    }

    private void answered(Transaction response) {
        if (response.status() != ResponseStatus.OK) {
            throw new IllegalStateException(name() + ": memory answered " + response);
        }
        Long requestId = requestOfTransaction.remove(response.id());
        if (requestId == null) {
            throw new IllegalStateException(name() + ": answer to a request it did not send: " + response);
        }
        engine.completed(requestId);
    }

    private void transferDone(Object tag) {
        responses.add(((Transaction) tag).withStatus(ResponseStatus.OK).withPhase(Phase.BEGIN_RESP));
        sendNextResponse();
    }

    private void sendNextResponse() {
        if (awaitingEndResp || responses.isEmpty()) {
            return;
        }
        awaitingEndResp = true;
        ctx().send(ctrl, responses.poll());
    }

    @Override
    protected void onEnd() {
        bytesMoved.add(engine.bytesMoved());
        bursts.add(engine.burstsDone());
        transfers.add(engine.transfersDone());
        stallCycles.add(engine.stallCycles());
        busyCycles.add(engine.busyCycles());
        backPressureStalls.add(backPressureCycles);
    }

    /** The largest request it sends (bursts are cut at multiples of it). */
    public int burstBytes() {
        return engine.burstBytes();
    }

    public DmaEngine engine() {
        return engine;
    }
}
