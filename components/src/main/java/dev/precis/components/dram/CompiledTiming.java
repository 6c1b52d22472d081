package dev.precis.components.dram;

import java.util.Map;

/**
 * A standard's timing table evaluated for one configuration: for each scope and preceding
 * command, the list of (following command, delay in cycles) pairs the channel state applies
 * when that command issues. Duplicate rows keep the largest delay.
 */
final class CompiledTiming {

    private static final int SCOPES = TimingScope.values().length;

    /** [scope][preceding] -> following command ordinals. */
    final int[][][] following;
    /** [scope][preceding] -> delays in cycles, parallel to {@link #following}. */
    final int[][][] delayCycles;
    final int activationWindowCount;
    final int activationWindowCycles;

    CompiledTiming(DramConfig config) {
        Map<String, Integer> params = config.timingCycles();
        int[][][] delay = new int[SCOPES][DramCommandType.COUNT][DramCommandType.COUNT];
        for (int[][] byScope : delay) {
            for (int[] row : byScope) {
                java.util.Arrays.fill(row, -1);
            }
        }
        for (TimingConstraint c : config.standard().constraints()) {
            int cycles = c.latency().evaluate(params);
            for (DramCommandType pre : c.preceding()) {
                for (DramCommandType post : c.following()) {
                    int[] row = delay[c.scope().ordinal()][pre.ordinal()];
                    row[post.ordinal()] = Math.max(row[post.ordinal()], cycles);
                }
            }
        }
        following = new int[SCOPES][DramCommandType.COUNT][];
        delayCycles = new int[SCOPES][DramCommandType.COUNT][];
        for (int s = 0; s < SCOPES; s++) {
            for (int pre = 0; pre < DramCommandType.COUNT; pre++) {
                int n = 0;
                for (int post = 0; post < DramCommandType.COUNT; post++) {
                    if (delay[s][pre][post] >= 0) {
                        n++;
                    }
                }
                following[s][pre] = new int[n];
                delayCycles[s][pre] = new int[n];
                int i = 0;
                for (int post = 0; post < DramCommandType.COUNT; post++) {
                    if (delay[s][pre][post] >= 0) {
                        following[s][pre][i] = post;
                        delayCycles[s][pre][i] = delay[s][pre][post];
                        i++;
                    }
                }
            }
        }
        if (config.standard().activationWindows().size() > 1) {
            throw new IllegalArgumentException(config.name() + ": at most one activation window per standard is supported");
        }
        if (config.standard().activationWindows().isEmpty()) {
            activationWindowCount = 0;
            activationWindowCycles = 0;
        } else {
            ActivationWindow w = config.standard().activationWindows().get(0);
            activationWindowCount = w.maxActivates();
            activationWindowCycles = w.window().evaluate(params);
        }
    }

    /** The delay in cycles from {@code pre} to {@code post} within {@code scope}, or -1 if unconstrained. */
    int delay(TimingScope scope, DramCommandType pre, DramCommandType post) {
        int[] f = following[scope.ordinal()][pre.ordinal()];
        for (int i = 0; i < f.length; i++) {
            if (f[i] == post.ordinal()) {
                return delayCycles[scope.ordinal()][pre.ordinal()][i];
            }
        }
        return -1;
    }
}
