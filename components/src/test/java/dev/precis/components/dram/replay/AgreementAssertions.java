package dev.precis.components.dram.replay;

import static org.assertj.core.api.Assertions.assertThat;

import org.assertj.core.api.SoftAssertions;

/** The agreement rule: within 5% of DRAMSim3 for bandwidth, average read latency, row-hit rate, ACT and REF counts. */
final class AgreementAssertions {

    static final double TOLERANCE = 0.05;
    /** results.csv prints rates with four decimals, so a rate is only known to within half the last digit. */
    static final double RATE_ROUNDING = 0.00005;

    private AgreementAssertions() {
    }

    static void assertAgrees(ReferenceRow ref, DramReport ours) {
        assertThat(ours.reads()).as("%s reads", ref).isEqualTo(ref.reads());
        SoftAssertions soft = new SoftAssertions();
        within(soft, ref + " bandwidth GB/s", ours.bandwidthGBps(), ref.bandwidthGBps(), 0);
        within(soft, ref + " average read latency", ours.averageReadLatencyCycles(), ref.averageReadLatencyCycles(), 0);
        within(soft, ref + " read row-hit rate", ours.readRowHitRate(), ref.readRowHitRate(), RATE_ROUNDING);
        within(soft, ref + " ACT", ours.commandCounts().get("act"), ref.act(), 0);
        within(soft, ref + " REF", ours.commandCounts().get("ref"), ref.ref(), 0);
        soft.assertAll();
    }

    private static void within(SoftAssertions soft, String what, double ours, double theirs, double absoluteSlack) {
        double allowed = Math.max(TOLERANCE * Math.abs(theirs), absoluteSlack);
        soft.assertThat(Math.abs(ours - theirs)).as("%s: ours %s vs DRAMSim3 %s", what, ours, theirs).isLessThanOrEqualTo(allowed);
    }
}
