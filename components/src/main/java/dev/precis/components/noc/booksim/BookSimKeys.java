package dev.precis.components.noc.booksim;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * BookSim2's configuration keys with their defaults, as declared in booksim/booksim2 src/booksim_config.cpp
 * (commit 080fcd6; the few keys only older versions declare, such as {@code vc_alloc_arb_type}, are listed too),
 * and what Precis does with each:
 * <ul>
 *   <li>{@link Kind#NETWORK} and {@link Kind#EXPERIMENT}: modelled; the key is the name of a parameter of
 *       {@link dev.precis.components.noc.NocComponentType} or {@link dev.precis.components.noc.NocExperiment};</li>
 *   <li>{@link Kind#DEFAULT_ONLY}: Precis models BookSim2's default behaviour only; the key is accepted when its
 *       value is the default and otherwise reported as known but not modelled;</li>
 *   <li>{@link Kind#NO_EFFECT}: BookSim2 itself reads the key only for topologies, traffic or simulation modes
 *       that Precis refuses (concentrated meshes, single routers, batch mode, on-off injection, random
 *       permutations), so on a network Precis runs it changes nothing, whatever its value.</li>
 * </ul>
 */
final class BookSimKeys {

    enum Kind { NETWORK, EXPERIMENT, DEFAULT_ONLY, NO_EFFECT }

    /** One key: what Precis does with it and BookSim2's default (null: BookSim2 has none that runs). */
    record Key(String name, Kind kind, String bookSimDefault) {
    }

    private static final Map<String, Key> KEYS;

    static {
        Map<String, Key> k = new LinkedHashMap<>();
        // Topology and routing.
        net(k, "topology", "torus");
        net(k, "k", "8");
        net(k, "n", "2");
        // BookSim2's default "none" names no routing function: a file must set it.
        net(k, "routing_function", null);
        // Router.
        net(k, "router", "iq");
        net(k, "num_vcs", "16");
        net(k, "vc_buf_size", "8");
        net(k, "wait_for_tail_credit", "0");
        net(k, "vc_allocator", "islip");
        net(k, "sw_allocator", "islip");
        net(k, "alloc_iters", "1");
        net(k, "credit_delay", "0");
        net(k, "routing_delay", "1");
        net(k, "vc_alloc_delay", "1");
        net(k, "sw_alloc_delay", "1");
        net(k, "st_prepare_delay", "0");
        net(k, "st_final_delay", "1");
        net(k, "input_speedup", "1");
        net(k, "output_speedup", "1");
        net(k, "internal_speedup", "1.0");
        // Traffic and simulation.
        exp(k, "traffic", "uniform");
        exp(k, "injection_process", "bernoulli");
        exp(k, "injection_rate", "0.1");
        exp(k, "injection_rate_uses_flits", "0");
        exp(k, "packet_size", "1");
        exp(k, "sim_type", "latency");
        exp(k, "warmup_periods", "3");
        exp(k, "sample_period", "1000");
        exp(k, "max_samples", "10");
        exp(k, "latency_thres", "500.0");
        exp(k, "warmup_thres", "0.05");
        exp(k, "acc_warmup_thres", "0.05");
        exp(k, "stopping_thres", "0.05");
        exp(k, "acc_stopping_thres", "0.05");
        exp(k, "seed", "0");
        // Known; Precis models BookSim2's default behaviour of each.
        String[][] defaultOnly = {
            {"channel_file", ""}, {"subnets", "1"}, {"c", "1"}, {"link_failures", "0"}, {"fail_seed", "0"},
            {"output_delay", "0"}, {"output_buffer_size", "-1"}, {"noq", "0"}, {"speculative", "0"},
            {"spec_check_elig", "1"}, {"spec_check_cred", "1"}, {"spec_mask_by_reqs", "0"},
            {"spec_sw_allocator", "prio"}, {"spec_use_prio", "1"}, {"buf_size", "-1"}, {"shared_buf_size", "0"},
            {"buffer_policy", "private"}, {"private_bufs", "-1"}, {"private_buf_size", "1"},
            {"private_buf_start_vc", "-1"}, {"private_buf_end_vc", "-1"}, {"max_held_slots", "-1"},
            {"feedback_aging_scale", "1"}, {"feedback_offset", "0"}, {"vc_busy_when_full", "0"},
            {"vc_prioritize_empty", "0"}, {"vc_priority_donation", "0"}, {"vc_shuffle_requests", "0"},
            {"replies_inherit_priority", "0"}, {"hold_switch_for_packet", "0"}, {"vct", "0"},
            {"arb_type", "round_robin"}, {"vc_alloc_arb_type", "round_robin"},
            {"sw_alloc_arb_type", "round_robin"}, {"vc_alloc_iters", "0"}, {"sw_alloc_iters", "0"},
            {"classes", "1"}, {"class_priority", "0"}, {"hotspot_nodes", ""}, {"hotspot_rates", ""},
            {"background_excludes", ""}, {"combined_patterns", ""}, {"combined_rates", ""},
            {"const_flits_per_packet", "1"}, {"priority", "none"}, {"use_read_write", "0"},
            {"write_fraction", "0.5"}, {"read_request_begin_vc", "0"}, {"read_request_end_vc", "5"},
            {"write_request_begin_vc", "2"}, {"write_request_end_vc", "7"}, {"read_reply_begin_vc", "8"},
            {"read_reply_end_vc", "13"}, {"write_reply_begin_vc", "10"}, {"write_reply_end_vc", "15"},
            {"read_request_subnet", "0"}, {"read_reply_subnet", "0"}, {"write_request_subnet", "0"},
            {"write_reply_subnet", "0"}, {"read_request_size", "1"}, {"write_request_size", "1"},
            {"read_reply_size", "1"}, {"write_reply_size", "1"}, {"measure_stats", "1"}, {"pair_stats", "0"},
            {"sim_count", "1"}, {"include_queuing", "1"}, {"drain_measured_only", "0"},
            {"print_activity", "0"}, {"print_csv_results", "0"}, {"print_vc_stats", "0"},
            {"deadlock_warn_timeout", "256"}, {"viewer_trace", "0"}, {"watch_file", ""}, {"watch_flits", ""},
            {"watch_packets", ""}, {"watch_transactions", ""}, {"watch_out", ""}, {"stats_out", ""},
            {"flow_out", "0"}, {"sent_packets_out", ""}, {"active_packets_out", ""}, {"injected_flits_out", ""},
            {"ejected_flits_out", ""}, {"received_flits_out", ""}, {"sent_flits_out", ""},
            {"stored_flits_out", ""}, {"sim_power", "0"}, {"power_output_file", "pwr_tmp"}, {"tech_file", ""},
            {"channel_sweep", "0"}, {"network_file", ""},
        };
        for (String[] d : defaultOnly) {
            k.put(d[0], new Key(d[0], Kind.DEFAULT_ONLY, d[1]));
        }
        // Read by BookSim2 only for concentrated topologies (x, y, xr, yr, use_noc_latency), the single-router
        // topology (in_ports, out_ports), batch mode (batch_size, batch_count, max_outstanding_requests),
        // on-off injection (burst_*), randperm traffic (perm_seed), several packet sizes (packet_size_rate) and
        // its power model's channel sweep (channel_width is the power model's flit width).
        String[][] noEffect = {
            {"x", "8"}, {"y", "8"}, {"xr", "1"}, {"yr", "1"}, {"use_noc_latency", "1"}, {"in_ports", "5"},
            {"out_ports", "5"}, {"batch_size", "1000"}, {"batch_count", "1"}, {"max_outstanding_requests", "0"},
            {"burst_alpha", "0.5"}, {"burst_beta", "0.5"}, {"burst_r1", "-1.0"}, {"perm_seed", "0"},
            {"packet_size_rate", "1"}, {"channel_width", "128"},
        };
        for (String[] d : noEffect) {
            k.put(d[0], new Key(d[0], Kind.NO_EFFECT, d[1]));
        }
        KEYS = Collections.unmodifiableMap(k);
    }

    private BookSimKeys() {
    }

    private static void net(Map<String, Key> k, String name, String bookSimDefault) {
        k.put(name, new Key(name, Kind.NETWORK, bookSimDefault));
    }

    private static void exp(Map<String, Key> k, String name, String bookSimDefault) {
        k.put(name, new Key(name, Kind.EXPERIMENT, bookSimDefault));
    }

    /** The key named {@code name}, or null when BookSim2 has no such key. */
    static Key get(String name) {
        return KEYS.get(name);
    }

    static Map<String, Key> all() {
        return KEYS;
    }

    /** Whether {@code value} is the same setting as {@code bookSimDefault} (numbers compare by value). */
    static boolean isDefault(String value, String bookSimDefault) {
        if (value.equals(bookSimDefault)) {
            return true;
        }
        try {
            return Double.parseDouble(value) == Double.parseDouble(bookSimDefault);
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** The known key nearest to {@code unknown} by edit distance, or null when none is close. */
    static String nearest(String unknown) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : KEYS.keySet()) {
            int d = editDistance(unknown, candidate);
            if (d < bestDistance) {
                bestDistance = d;
                best = candidate;
            }
        }
        return bestDistance <= Math.max(2, unknown.length() / 3) ? best : null;
    }

    private static int editDistance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitute = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitute, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] t = previous;
            previous = current;
            current = t;
        }
        return previous[b.length()];
    }
}
