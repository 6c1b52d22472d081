package dev.precis.components.dram;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.random.Well19937c;
import org.junit.jupiter.api.Test;

class BankQueueFastPathTest {

    /** Runs a loaded random read/write mix and records every completion (tag, cycle) plus the command counts. */
    private static List<Long> run(DramConfig config, boolean fastPath) {
        List<Long> log = new ArrayList<>();
        DramSystem system = new DramSystem(config, (t, cycle) -> {
            log.add((Long) t.tag());
            log.add(cycle);
        }, fastPath);
        Well19937c rng = new Well19937c(11);
        long next = 0;
        for (long i = 0; i < 20_000; ) {
            system.tick();
            // Half the requests reuse a small set of lines, so row hits, write merging and forwarding all happen.
            long address = rng.nextBoolean() ? rng.nextInt(1 << 22) * 64L : rng.nextInt(4096) * 64L;
            boolean write = rng.nextInt(10) < 3;
            if (rng.nextInt(3) > 0 && system.willAccept(address, write)) {
                system.add(address, write, next++);
                i++;
            }
        }
        for (int c = 0; c < 20_000; c++) {
            system.tick();
        }
        for (int c = 0; c < system.channelCount(); c++) {
            for (DramCommandType type : DramCommandType.values()) {
                log.add(system.channel(c).stats().commands(type));
            }
        }
        return log;
    }

    /** The hot lines also make writes wait behind reads of their address with a full buffer (a DRAMSim3 deadlock we avoid). */
    @Test
    void perBankShortcutSchedulesExactlyLikeTheGeneralScan() {
        for (String preset : new String[] {"ddr4-2400", "hbm2", "lpddr4"}) {
            DramConfig c = DramPresets.load(preset);
            List<Long> fast = run(c, true);
            assertThat(fast.size()).isGreaterThan(30_000);
            assertThat(fast).as(preset).isEqualTo(run(c, false));
            DramConfig closed = SystemDriver.withPolicy(c, RowBufferPolicy.CLOSE_PAGE);
            assertThat(run(closed, true)).as(preset + " close page").isEqualTo(run(closed, false));
        }
    }
}
