package dev.precis.tlm;

/** Receives the transactions that arrive on one port. */
@FunctionalInterface
public interface TransactionHandler {
    void handle(Transaction tx);
}
