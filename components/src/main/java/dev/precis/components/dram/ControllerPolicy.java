package dev.precis.components.dram;

import java.util.Objects;

/**
 * Controller choices: address mapping (a DRAMSim3 mapping string such as {@code rochrababgco}),
 * queues, row-buffer and refresh policies.
 *
 * @param dualCommandIssue HBM's separate row and column command buses: a row and a column command may issue in one cycle
 */
public record ControllerPolicy(
        String addressMapping,
        QueueStructure queueStructure,
        RowBufferPolicy rowBufferPolicy,
        int commandQueueSize,
        int transactionQueueSize,
        boolean unifiedQueue,
        RefreshPolicy refreshPolicy,
        boolean dualCommandIssue) {

    public ControllerPolicy {
        Objects.requireNonNull(addressMapping, "addressMapping");
        Objects.requireNonNull(queueStructure, "queueStructure");
        Objects.requireNonNull(rowBufferPolicy, "rowBufferPolicy");
        Objects.requireNonNull(refreshPolicy, "refreshPolicy");
        if (commandQueueSize < 1 || transactionQueueSize < 1) {
            throw new IllegalArgumentException("command-queue-size and transaction-queue-size must be >= 1, got "
                    + commandQueueSize + ", " + transactionQueueSize);
        }
    }
}
