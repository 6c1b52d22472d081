package dev.precis.components.noc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.typesafe.config.ConfigFactory;
import dev.precis.tlm.describe.ComponentRegistry;
import dev.precis.tlm.describe.ParamSpec;
import dev.precis.tlm.describe.ParameterException;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NocConfigTest {

    @Test
    void defaultsComeFromTheDescriptor() {
        NocConfig d = NocConfig.defaults();
        for (ParamSpec p : NocComponentType.DESCRIPTOR.params()) {
            assertThat(d.values()).containsKey(p.name());
        }
        assertThat(d.numVcs()).isEqualTo(Integer.parseInt(NocComponentType.NUM_VCS.defaultValue()));
        assertThat(d.creditDelay()).isEqualTo(Integer.parseInt(NocComponentType.CREDIT_DELAY.defaultValue()));
        assertThat(d.topology()).isEqualTo(new MeshTopology(8, 2));
    }

    @Test
    void aHoconBlockAFlagMapAndTheBuilderMakeTheSameNetwork() {
        NocConfig built = NocConfig.builder().topology("torus").k(4).numVcs(4).vcBufSize(2).waitForTailCredit(false)
                .build();
        NocConfig byName = NocConfig.builder().setAll(Map.of("topology", "torus", "k", "4", "num_vcs", "4",
                "vc_buf_size", "2", "wait_for_tail_credit", "false")).build();
        NocComponent fromHocon = (NocComponent) ComponentRegistry.load().create("noc", "top.noc",
                ConfigFactory.parseString("topology = torus, k = 4, num_vcs = 4, vc_buf_size = 2,"
                        + " wait_for_tail_credit = false"));
        assertThat(byName).isEqualTo(built);
        assertThat(fromHocon.network().config()).isEqualTo(built);
        assertThat(built.toBuilder().build()).isEqualTo(built);
    }

    @Test
    void aHoconBlockIsCheckedByTheSameRules() {
        assertThatThrownBy(() -> ComponentRegistry.load().create("noc", "top.noc",
                ConfigFactory.parseString("topology = torus, num_vcs = 1")))
                .isInstanceOf(ParameterException.class)
                .hasMessageStartingWith("component top.noc (type noc): num_vcs = 1: a torus needs at least 2");
        assertThatThrownBy(() -> ComponentRegistry.load().create("noc", "top.noc",
                ConfigFactory.parseString("alloc_iters = 0")))
                .hasMessageContaining("'alloc_iters' = 0 is below its minimum 1");
        assertThatThrownBy(() -> NocConfig.builder().set("internal_speedup", 2.5).build())
                .hasMessageContaining("internal_speedup = 2.5").hasMessageContaining("whole number");
    }

    @Test
    void theMemoryEstimateFollowsTheNetworkSize() {
        long mesh8 = NocMemoryEstimate.bytes(NocConfig.defaults(), 4);
        long mesh16 = NocMemoryEstimate.bytes(NocConfig.builder().k(16).build(), 4);
        long deep = NocMemoryEstimate.bytes(NocConfig.builder().vcBufSize(32).build(), 4);
        // 64 routers of 5 ports x 8 VCs x 8 flits, full: 1.3 MiB of flits and 1.0 MiB of structures.
        assertThat(mesh8).isBetween(1L << 20, 8L << 20);
        assertThat(mesh16).isBetween(4 * mesh8 - (1 << 16), 4 * mesh8 + (1 << 20));
        assertThat(deep).isGreaterThan(2 * mesh8 + (mesh8 / 2));
        // k = 1000: a million routers, tens of GiB; 8-byte references above a 32 GiB heap cost more.
        NocConfig huge = NocConfig.builder().k(1000).build();
        assertThat(NocMemoryEstimate.bytes(huge, 4)).isGreaterThan(16L << 30);
        assertThat(NocMemoryEstimate.bytes(huge, 8)).isGreaterThan(NocMemoryEstimate.bytes(huge, 4));
        assertThat(NocMemoryEstimate.sizes(huge))
                .isEqualTo("mesh k = 1000, n = 2 (1000000 nodes), num_vcs = 8, vc_buf_size = 8");
    }

    @Test
    void sizesThatOverflowAreRefusedNamingTheParameters() {
        assertThatThrownBy(() -> NocConfig.builder().k(100_000).build())
                .hasMessage("mesh: k = 100000, n = 2 gives more than 2147483647 routers (k^n must fit in an int)");
        assertThatThrownBy(() -> NocConfig.builder().topology("crossbar").k(40_000).build())
                .hasMessage("crossbar: k = 40000 nodes exceeds the 32767 ports a router can have");
        NocConfig vast = NocConfig.builder().k(46_340).numVcs(64).vcBufSize(1_000_000_000).build();
        assertThatThrownBy(() -> NocMemoryEstimate.bytes(vast))
                .hasMessageContaining("mesh k = 46340, n = 2").hasMessageContaining("vc_buf_size = 1000000000")
                .hasMessageContaining("overflows");
    }
}
