package dev.precis.validation.drift;

import dev.precis.components.drift.ActivationTiles;
import dev.precis.tlm.Command;
import dev.precis.tlm.Component;
import dev.precis.tlm.InitiatorSocket;
import dev.precis.tlm.ResponseStatus;
import dev.precis.tlm.Transaction;
import dev.precis.tlm.stats.Accumulator;
import dev.precis.tlm.stats.Counter;
import java.util.List;

/**
 * The controller of the Drift chain: streams a model's runs of activation tiles, in layer order, to the
 * detector (the socket sends the next run when the previous one's request is accepted, so the detector's and
 * the scheduler's queues set the pace), and records when the last run is answered.
 */
final class TileRunDriver extends Component {

    private final List<ActivationTiles> runs;
    private final InitiatorSocket out;
    private Counter answered;
    private Counter failed;
    private Accumulator lastAnswerPs;

    TileRunDriver(List<ActivationTiles> runs) {
        this.runs = List.copyOf(runs);
        this.out = InitiatorSocket.declare(this, "out", this::answer);
    }

    @Override
    protected void onEndOfElaboration() {
        answered = ctx().stats().counter("answered", "count", "runs answered");
        failed = ctx().stats().counter("failed", "count", "runs answered with an error status");
        lastAnswerPs = ctx().stats().accumulator("answerTimePs", "ps", "time of each answer (max = the last)");
    }

    @Override
    protected void onStart() {
        for (ActivationTiles run : runs) {
            out.send(Transaction.of(ctx().newTransactionId(), Command.COMPUTE, 0, 0).withExtension(ActivationTiles.KEY, run));
        }
    }

    private void answer(Transaction response) {
        answered.increment();
        if (response.status() != ResponseStatus.OK) {
            failed.increment();
        }
        lastAnswerPs.add(ctx().now());
    }
}
