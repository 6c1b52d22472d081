package dev.precis.tlm;

/**
 * Book-keeping of one transaction its initiator has begun and not yet ended. It keeps the transaction as it began
 * (transactions are immutable) and describes it only if it is reported outstanding: building the text of every
 * transaction as it opened cost more than the rest of the book-keeping in a replay.
 */
final class OpenTransaction {
    final Transaction began;
    String holder;
    final long beganAtPs;
    long lastPhaseAtPs;

    OpenTransaction(Transaction began, String holder, long beganAtPs) {
        this.began = began;
        this.holder = holder;
        this.beganAtPs = beganAtPs;
        this.lastPhaseAtPs = beganAtPs;
    }

    OutstandingTransaction freeze(String initiator) {
        return new OutstandingTransaction(began.toString(), initiator, holder, beganAtPs, lastPhaseAtPs);
    }
}
