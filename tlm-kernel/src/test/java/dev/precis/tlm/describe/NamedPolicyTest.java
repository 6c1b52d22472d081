package dev.precis.tlm.describe;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Two instances of one policy implementation are the same policy; two implementations are not. */
class NamedPolicyTest {
    static final class Fifo extends NamedPolicy {
        Fifo() {
            super("fifo", "first come, first served");
        }
    }

    static final class Lifo extends NamedPolicy {
        Lifo() {
            super("lifo", "last come, first served");
        }
    }

    @Test
    void equalityIsByImplementation() {
        assertThat(new Fifo()).isEqualTo(new Fifo()).hasSameHashCodeAs(new Fifo()).isNotEqualTo(new Lifo());
        assertThat(new Fifo().policyName()).isEqualTo("fifo");
        assertThat(new Fifo().description()).isEqualTo("first come, first served");
        assertThat(new Fifo()).hasToString("fifo");
    }
}
