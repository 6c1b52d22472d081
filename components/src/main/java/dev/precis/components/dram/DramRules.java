package dev.precis.components.dram;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Relations DRAM parameters must satisfy between each other, each named in its error with the rule and why it
 * holds: what JEDEC's definitions imply (JESD79-4 DDR4, JESD209-4 LPDDR4, JESD235 HBM) and what DRAMSim3's
 * tables and energy model (src/timing.cc, src/configuration.cc) need to stay meaningful. Values in range one by
 * one can still describe an impossible device; these catch it.
 */
final class DramRules {
    private DramRules() {
    }

    static void check(DramSettings s, DramStandard standard, DramOrganization o, Map<String, Integer> t, DramPower p) {
        Set<String> read = DramParameters.timingsRead(standard);
        Rules r = new Rules(s, t);
        for (String activateToColumn : List.of("tRCD", "tRCDRD", "tRCDWR")) {
            if (read.contains(activateToColumn)) {
                r.atLeast("tRAS", activateToColumn, "a row stays open at least until its first column access can issue");
            }
        }
        if (s.has("timing.cycles.tRC")) {
            r.require(t.get("tRC") >= t.get("tRAS") + t.get("tRP"), "tRC >= tRAS + tRP", "a bank cycle is an activate "
                    + "held for tRAS and a precharge of tRP", "tRC", "tRAS", "tRP");
        }
        r.atLeast("tRRD_L", "tRRD_S", "delays within a bank group are at least those across groups");
        r.atLeast("tCCD_L", "tCCD_S", "delays within a bank group are at least those across groups");
        r.atLeast("tWTR_L", "tWTR_S", "delays within a bank group are at least those across groups");
        r.require(t.get("tREFI") > t.get("tRFC"), "tREFI > tRFC", "a refresh must end before the next is due",
                "tREFI", "tRFC");
        if (o.ranks() > 1 && s.string("controller.refresh-policy").toUpperCase(java.util.Locale.ROOT).contains("STAGGERED")) {
            r.require(t.get("tREFI") >= o.ranks(), "tREFI >= ranks", "staggered refresh starts one rank every tREFI / ranks "
                    + "cycles", "tREFI");
        }
        r.require(t.get("AL") < t.get("CL"), "AL < CL", "JEDEC additive latency is 0, CL-1 or CL-2", "AL", "CL");
        if (read.contains("tRCD")) {
            r.require(t.get("AL") <= t.get("tRCD"), "AL <= tRCD", "a posted column command waits tRCD - AL after its "
                    + "activate, which cannot be negative", "AL", "tRCD");
        }

        double tRC = t.get("tRC");
        double activate = p.idd0Ma() * tRC - (p.idd3nMa() * t.get("tRAS") + p.idd2nMa() * t.get("tRP"));
        r.current(p.idd3nMa() >= p.idd2nMa(), "IDD3N >= IDD2N", "an open bank draws at least the precharged standby current",
                "IDD3N", "IDD2N");
        r.current(p.idd4rMa() >= p.idd3nMa(), "IDD4R >= IDD3N", "a read burst draws at least the active standby current "
                + "(its energy VDD (IDD4R - IDD3N) tBL is not negative)", "IDD4R", "IDD3N");
        r.current(p.idd4wMa() >= p.idd3nMa(), "IDD4W >= IDD3N", "a write burst draws at least the active standby current",
                "IDD4W", "IDD3N");
        r.current(p.idd5abMa() >= p.idd3nMa(), "IDD5AB >= IDD3N", "a refresh draws at least the active standby current",
                "IDD5AB", "IDD3N");
        r.current(activate >= 0, "IDD0 × tRC >= IDD3N × tRAS + IDD2N × tRP", "the energy of an activate, VDD (IDD0 tRC - "
                + "(IDD3N tRAS + IDD2N tRP)) (Micron TN-41-01), is not negative", "IDD0", "IDD3N", "IDD2N");

        // Table entries themselves may come out negative (for example WL + tBL + tRTRS - RL, write to a read of
        // another rank, when reads have the longer latency): that only means no wait, as in DRAMSim3.
    }

    /** Checks with messages naming the rule, its reason and the values with their lines. */
    private static final class Rules {
        private final DramSettings s;
        private final Map<String, Integer> timing;

        Rules(DramSettings s, Map<String, Integer> timing) {
            this.s = s;
            this.timing = timing;
        }

        void atLeast(String larger, String smaller, String why) {
            require(timing.get(larger) >= timing.get(smaller), larger + " >= " + smaller, why, larger, smaller);
        }

        void require(boolean holds, String rule, String why, String... timings) {
            if (holds) return;
            List<String> keys = new ArrayList<>();
            for (String name : timings) keys.add("timing.cycles." + name);
            throw violation(rule, why, keys);
        }

        void current(boolean holds, String rule, String why, String... currents) {
            if (holds) return;
            List<String> keys = new ArrayList<>();
            for (String name : currents) keys.add("power.idd-milliamps." + name);
            throw violation(rule, why, keys);
        }

        private IllegalArgumentException violation(String rule, String why, List<String> keys) {
            String first = keys.get(0);
            String origin = s.has(first) ? s.value(first).origin() : s.source();
            StringBuilder others = new StringBuilder();
            for (String k : keys) {
                if (!s.has(k)) continue;
                others.append(others.length() == 0 ? "" : ", ").append(s.written(k)).append(" = ").append(s.string(k));
                if (!s.value(k).origin().equals(origin)) others.append(" at ").append(s.value(k).origin());
            }
            return new IllegalArgumentException(origin + ": " + s.written(first) + ": violates " + rule + " (" + others
                    + "): " + why);
        }

    }
}
