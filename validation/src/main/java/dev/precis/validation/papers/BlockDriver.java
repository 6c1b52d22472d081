package dev.precis.validation.papers;

import dev.precis.tlm.Component;
import dev.precis.tlm.InitiatorSocket;
import dev.precis.tlm.ResponseStatus;
import dev.precis.tlm.Transaction;
import dev.precis.tlm.stats.Counter;
import java.util.List;
import java.util.function.LongFunction;

/**
 * Sends a list of COMPUTE blocks to one PE array, in order (the socket issues each after the previous request is
 * accepted), and counts the answers.
 */
final class BlockDriver extends Component {

    private final List<LongFunction<Transaction>> blocks;
    private final InitiatorSocket out;
    private Counter answered;
    private Counter failed;

    BlockDriver(List<LongFunction<Transaction>> blocks) {
        this.blocks = List.copyOf(blocks);
        this.out = InitiatorSocket.declare(this, "out", this::answer);
    }

    @Override
    protected void onEndOfElaboration() {
        answered = ctx().stats().counter("answered", "count", "blocks answered");
        failed = ctx().stats().counter("failed", "count", "blocks answered with an error status");
    }

    @Override
    protected void onStart() {
        for (LongFunction<Transaction> b : blocks) {
            out.send(b.apply(ctx().newTransactionId()));
        }
    }

    private void answer(Transaction response) {
        answered.increment();
        if (response.status() != ResponseStatus.OK) {
            failed.increment();
        }
    }
}
