package dev.precis.components.pe;

import dev.precis.tlm.Command;
import dev.precis.tlm.Transaction;

/** COMPUTE transactions for the PE-array tests. */
final class ComputeRequests {
    private ComputeRequests() {
    }

    static ComputeWork work(String layer, long m, long n, long k, int wBits, int aBits) {
        return new ComputeWork(layer, new GemmDims(m, n, k), new OperandPrecision(wBits, aBits), Dataflow.OUTPUT_STATIONARY);
    }

    static Transaction compute(long id, ComputeWork work) {
        return Transaction.of(id, Command.COMPUTE, 0, 0).withExtension(ComputeWork.KEY, work);
    }

    static Transaction compute(long id, ComputeWork work, String weightType, String activationType) {
        return compute(id, work).withExtension(OperandFormats.KEY, OperandFormats.of(weightType, activationType));
    }
}
