package dev.precis.tlm;

/** Book-keeping of one transaction its initiator has begun and not yet ended. */
final class OpenTransaction {
    final String description;
    String holder;
    final long beganAtPs;
    long lastPhaseAtPs;

    OpenTransaction(String description, String holder, long beganAtPs) {
        this.description = description;
        this.holder = holder;
        this.beganAtPs = beganAtPs;
        this.lastPhaseAtPs = beganAtPs;
    }

    OutstandingTransaction freeze(String initiator) {
        return new OutstandingTransaction(description, initiator, holder, beganAtPs, lastPhaseAtPs);
    }
}
