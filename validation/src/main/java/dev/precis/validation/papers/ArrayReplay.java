package dev.precis.validation.papers;

import dev.precis.components.pe.ComputeWork;
import dev.precis.tlm.Command;
import dev.precis.tlm.Component;
import dev.precis.tlm.Model;
import dev.precis.tlm.SequentialEngine;
import dev.precis.tlm.SimTime;
import dev.precis.tlm.Transaction;
import dev.precis.tlm.describe.ComponentRegistry;
import dev.precis.tlm.stats.StatValue;
import dev.precis.tlm.stats.StatsSnapshot;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;
import java.util.function.UnaryOperator;

/**
 * Runs a model's layers on one registered PE-array component through the kernel (ACCEL_CONTRACT.md's protocol:
 * COMPUTE blocks carrying {@code pe.work} and the array's own extension on port {@code in}) and reads the
 * array's statistics: busy cycles, MACs, dynamic compute energy, leakage and area.
 */
public final class ArrayReplay {

    /** One layer's block: its work, the extensions the array needs, and how many GEMMs of it the layer has. */
    public record Block(ComputeWork work, UnaryOperator<Transaction> extensions, long count) {
    }

    /** The run, and every statistic of the simulation (for figures beyond {@link ArrayRun}'s). */
    public record Replay(ArrayRun run, StatsSnapshot stats) {
        public double stat(String localName) {
            return stats.get(ARRAY + "." + localName).map(StatValue::scalar).orElseThrow(
                    () -> new IllegalStateException("array replay: no statistic " + localName));
        }
    }

    private static final String ARRAY = "replay.array";

    private ArrayReplay() {
    }

    public static Replay run(String design, String model, String type, Map<String, ?> params, List<Block> blocks) {
        List<LongFunction<Transaction>> transactions = new ArrayList<>();
        for (Block b : blocks) {
            for (long i = 0; i < b.count(); i++) {
                transactions.add(id -> b.extensions().apply(
                        Transaction.of(id, Command.COMPUTE, 0, 0).withExtension(ComputeWork.KEY, b.work())));
            }
        }
        Model.Builder m = Model.builder().seed(1);
        Component driver = m.add("replay.driver", new BlockDriver(transactions));
        Component array = m.add(ARRAY, ComponentRegistry.load().create(type, ARRAY, params));
        m.link(driver.port("out"), array.port("in"), SimTime.ns(1));
        StatsSnapshot stats = new SequentialEngine().run(m.build()).orThrow().stats();
        if (stats.counter("replay.driver.answered") != transactions.size() || stats.counter("replay.driver.failed") != 0) {
            throw new IllegalStateException(design + " on " + model + ": " + stats.counter("replay.driver.answered")
                    + " of " + transactions.size() + " blocks answered, " + stats.counter("replay.driver.failed")
                    + " failed");
        }
        Replay partial = new Replay(null, stats);
        ArrayRun run = new ArrayRun(design, model, stats.counter(ARRAY + ".busyCycles"), stats.counter(ARRAY + ".macs"),
                partial.stat("computeEnergyPj"), partial.stat("leakagePowerMw"), partial.stat("areaMm2"), 500);
        return new Replay(run, stats);
    }
}
