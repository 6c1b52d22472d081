package dev.precis.tlm;

/** A transaction begun and not ended: which, who started it, who holds it now, since when. */
public record OutstandingTransaction(String transaction, String initiator, String holder, long beganAtPs,
                                     long lastPhaseAtPs) {
}
