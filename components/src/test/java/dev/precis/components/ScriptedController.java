package dev.precis.components;

import dev.precis.tlm.Component;
import dev.precis.tlm.InitiatorSocket;
import dev.precis.tlm.ResponseStatus;
import dev.precis.tlm.Transaction;
import dev.precis.tlm.stats.Accumulator;
import dev.precis.tlm.stats.Counter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;

/**
 * A controller stub for the end-to-end tests of the precision components: at time 0 it issues a script of
 * transactions on its initiator ports (each port's requests in script order, one BEGIN_REQ after the previous
 * END_REQ), and counts the answers and the time of the last one.
 */
public final class ScriptedController extends Component {
    /** One request: the port it leaves on and how to build it from a fresh transaction id. */
    public record Step(String port, LongFunction<Transaction> make) {
    }

    private final Map<String, InitiatorSocket> sockets = new LinkedHashMap<>();
    private final List<Step> script;
    private Counter answered;
    private Counter failed;
    private Accumulator lastAnswerPs;

    public ScriptedController(List<String> ports, List<Step> script) {
        for (String p : ports) sockets.put(p, InitiatorSocket.declare(this, p, this::answer));
        this.script = new ArrayList<>(script);
    }

    @Override
    protected void onEndOfElaboration() {
        answered = ctx().stats().counter("answered", "count", "requests answered");
        failed = ctx().stats().counter("failed", "count", "requests answered with an error status");
        lastAnswerPs = ctx().stats().accumulator("answerTimePs", "ps", "time of each answer (max = the last)");
    }

    @Override
    protected void onStart() {
        for (Step s : script) sockets.get(s.port()).send(s.make().apply(ctx().newTransactionId()));
    }

    private void answer(Transaction response) {
        answered.increment();
        if (response.status() != ResponseStatus.OK) failed.increment();
        lastAnswerPs.add(ctx().now());
    }
}
