package dev.precis.components.dram;

import dev.precis.tlm.describe.Policy;
import dev.precis.tlm.describe.PolicyRegistry;
import dev.precis.tlm.describe.SlotSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The controller's slots: row-buffer, refresh and queue policies, each an interface whose implementations are
 * registered through {@link java.util.ServiceLoader} by name. A slot's default is DRAMSim3's, filled when a
 * configuration does not choose. Configurations spell a name either way: ours ({@code close-page}) or DRAMSim3's
 * ({@code CLOSE_PAGE}); messages list DRAMSim3's spelling, the default first.
 */
final class DramPolicies {
    static final SlotSpec<RowBufferPolicy> ROW_BUFFER = new SlotSpec<>("pagePolicy", RowBufferPolicy.class,
            RowBufferPolicy.OPEN_PAGE.policyName(), "row-buffer policy");
    static final SlotSpec<RefreshPolicy> REFRESH = new SlotSpec<>("refreshPolicy", RefreshPolicy.class,
            RefreshPolicy.RANK_LEVEL_STAGGERED.policyName(), "refresh scheduling");
    static final SlotSpec<QueueStructure> QUEUE_STRUCTURE = new SlotSpec<>("queueStructure", QueueStructure.class,
            QueueStructure.PER_BANK.policyName(), "command queue organisation");

    static final List<SlotSpec<?>> ALL = List.of(ROW_BUFFER, REFRESH, QUEUE_STRUCTURE);

    private DramPolicies() {
    }

    /** The registered names of {@code slot}'s implementations, the default first, then by name. */
    static List<String> names(SlotSpec<?> slot) {
        List<String> names = new ArrayList<>();
        names.add(slot.defaultPolicy());
        for (String n : PolicyRegistry.load(slot.policyType()).names()) {
            if (!n.equals(slot.defaultPolicy())) names.add(n);
        }
        return names;
    }

    /** {@link #names} in DRAMSim3's spelling ({@code OPEN_PAGE}). */
    static List<String> iniNames(SlotSpec<?> slot) {
        return names(slot).stream().map(DramPolicies::ini).toList();
    }

    /** {@code close-page} as DRAMSim3 spells it: {@code CLOSE_PAGE}. */
    static String ini(String policyName) {
        return policyName.toUpperCase(Locale.ROOT).replace('-', '_');
    }

    /** The implementation {@code text} names in either spelling, if one is registered. */
    static <T extends Policy> Optional<T> find(SlotSpec<T> slot, String text) {
        String name = text.toLowerCase(Locale.ROOT).replace('_', '-');
        PolicyRegistry<T> registry = PolicyRegistry.load(slot.policyType());
        return registry.names().contains(name) ? Optional.of(registry.require(name, slot.name())) : Optional.empty();
    }
}
