package dev.precis.components.dram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.precis.tlm.describe.ComponentDescriptor;
import dev.precis.tlm.describe.ComponentRegistry;
import dev.precis.tlm.describe.ParameterException;
import dev.precis.tlm.describe.PolicyRegistry;
import dev.precis.tlm.describe.SlotSpec;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The controller's row-buffer, refresh and queue policies are slots: implementations found through ServiceLoader
 * by name, listed in the dram type's descriptor, chosen from a composition block or a configuration in either
 * spelling; and the protocols a configuration may name come from the registered standard sets.
 */
class DramPolicySlotsTest {

    @Test
    void theDramSim3PoliciesAreRegisteredByName() {
        assertThat(PolicyRegistry.load(RowBufferPolicy.class).names()).containsExactly("close-page", "open-page");
        assertThat(PolicyRegistry.load(RefreshPolicy.class).names())
                .containsExactly("rank-level-simultaneous", "rank-level-staggered");
        assertThat(PolicyRegistry.load(QueueStructure.class).names()).containsExactly("per-bank", "per-rank");
        assertThat(PolicyRegistry.load(RowBufferPolicy.class).require("close-page", "test"))
                .isEqualTo(RowBufferPolicy.CLOSE_PAGE);
    }

    @Test
    void theDramTypeDeclaresItsSlotsWithDramSim3sDefaults() {
        ComponentDescriptor d = ComponentRegistry.load().type("dram").descriptor();
        assertThat(d.slots()).extracting(SlotSpec::name).containsExactly("pagePolicy", "refreshPolicy", "queueStructure");
        assertThat(d.slots()).extracting(SlotSpec::defaultPolicy)
                .containsExactly("open-page", "rank-level-staggered", "per-bank");
        assertThat(d.param("refreshPolicy").choices())
                .containsExactly("preset", "rank-level-staggered", "rank-level-simultaneous");
    }

    @Test
    void aCompositionChoosesEachPolicyByName() {
        DramComponent c = (DramComponent) ComponentRegistry.load().create("dram", "top.dram",
                Map.of("queueStructure", "per-rank", "refreshPolicy", "rank-level-simultaneous"));
        assertThat(c.config().controller().queueStructure()).isEqualTo(QueueStructure.PER_RANK);
        assertThat(c.config().controller().refreshPolicy()).isEqualTo(RefreshPolicy.RANK_LEVEL_SIMULTANEOUS);
        assertThat(c.config().controller().rowBufferPolicy()).isEqualTo(RowBufferPolicy.OPEN_PAGE);
    }

    @Test
    void anUnknownPolicyIsRefusedListingTheRegisteredOnes() {
        assertThatThrownBy(() -> ComponentRegistry.load().create("dram", "top.dram", Map.of("pagePolicy", "lru")))
                .isInstanceOf(ParameterException.class).hasMessageContaining("top.dram").hasMessageContaining("lru")
                .hasMessageContaining("open-page").hasMessageContaining("close-page");
    }

    @Test
    void aConfigurationNamesAPolicyInEitherSpelling() {
        assertThat(DramPolicies.find(DramPolicies.ROW_BUFFER, "CLOSE_PAGE")).contains(RowBufferPolicy.CLOSE_PAGE);
        assertThat(DramPolicies.find(DramPolicies.REFRESH, "rank-level-staggered"))
                .contains(RefreshPolicy.RANK_LEVEL_STAGGERED);
        assertThat(DramPolicies.find(DramPolicies.QUEUE_STRUCTURE, "PER_CHANNEL")).isEmpty();
        assertThat(DramPolicies.iniNames(DramPolicies.ROW_BUFFER)).containsExactly("OPEN_PAGE", "CLOSE_PAGE");
    }

    @Test
    void protocolsComeFromTheRegisteredStandardSets() {
        assertThat(DramStandards.protocols()).containsExactly("DDR3", "DDR4", "LPDDR", "LPDDR3", "LPDDR4", "HBM", "HBM2");
        assertThat(DramStandards.forProtocol("lpddr4")).isSameAs(DramStandards.LPDDR4);
    }
}
