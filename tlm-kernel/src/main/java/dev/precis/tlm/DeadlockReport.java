package dev.precis.tlm;

import java.util.List;

/** Events ran out while transactions were outstanding; lists each one with its holder and age. */
public record DeadlockReport(long timePs, List<OutstandingTransaction> outstanding) {
    public String describe() {
        StringBuilder sb = new StringBuilder("deadlock at ").append(SimTime.format(timePs)).append(": no events left, ")
                .append(outstanding.size()).append(" transaction(s) outstanding");
        for (OutstandingTransaction o : outstanding) {
            sb.append("\n  ").append(o.transaction()).append(" from ").append(o.initiator()).append(", held by ")
                    .append(o.holder()).append(", age ").append(SimTime.format(timePs - o.beganAtPs()))
                    .append(" (last phase at ").append(SimTime.format(o.lastPhaseAtPs())).append(')');
        }
        return sb.toString();
    }
}
