package dev.precis.components.noc;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IslipAllocatorTest {

    @Test
    void everyOutputGoesToAtMostOneInputAndViceVersa() {
        IslipAllocator a = new IslipAllocator(70, 70, 1);
        for (int i = 0; i < 70; i++) {
            a.addRequest(i, (i * 7) % 70, i);
            a.addRequest(i, (i * 7 + 1) % 70, i);
        }
        a.allocate();
        boolean[] used = new boolean[70];
        int matched = 0;
        for (int i = 0; i < 70; i++) {
            int o = a.outputAssigned(i);
            if (o >= 0) {
                assertThat(used[o]).isFalse();
                assertThat(a.hasRequest(i, o)).isTrue();
                used[o] = true;
                matched++;
            }
        }
        assertThat(matched).isGreaterThan(0);
    }

    @Test
    void contendingInputsTakeTurns() {
        IslipAllocator a = new IslipAllocator(3, 1, 1);
        int[] wins = new int[3];
        for (int round = 0; round < 30; round++) {
            a.clear();
            for (int i = 0; i < 3; i++) {
                a.addRequest(i, 0, 0);
            }
            a.allocate();
            for (int i = 0; i < 3; i++) {
                if (a.outputAssigned(i) == 0) {
                    wins[i]++;
                }
            }
        }
        assertThat(wins).containsExactly(10, 10, 10);
    }

    @Test
    void aSecondIterationMatchesWhatTheFirstLeftOver() {
        // Fresh pointers: both outputs grant input 0, which accepts output 0; output 1 is left over.
        int[][] requests = {{0, 1}, {0, 1}};
        assertThat(matches(new IslipAllocator(2, 2, 1), requests)).isEqualTo(1);
        assertThat(matches(new IslipAllocator(2, 2, 2), requests)).isEqualTo(2);
    }

    private static int matches(IslipAllocator a, int[][] requests) {
        for (int i = 0; i < requests.length; i++) {
            for (int o : requests[i]) {
                a.addRequest(i, o, 0);
            }
        }
        a.allocate();
        int m = 0;
        for (int i = 0; i < requests.length; i++) {
            if (a.outputAssigned(i) >= 0) {
                m++;
            }
        }
        return m;
    }
}
