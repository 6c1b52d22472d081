package dev.precis.tlm.trace;

import dev.precis.io.AtomicFile;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a Value Change Dump (IEEE 1364 VCD, opens in GTKWave) of the registered signals, with one nested
 * scope per level of the components' hierarchical names and a timescale of 1 ps.
 */
public final class VcdWriter {
    private VcdWriter() {}

    public static void write(java.nio.file.Path file, List<Signal> signals, List<SignalChange> changes) {
        List<SignalChange> sorted = new ArrayList<>(changes);
        Collections.sort(sorted);
        Map<Integer, Signal> byId = new LinkedHashMap<>();
        for (Signal s : signals) byId.put(s.id(), s);
        AtomicFile.write(file, out -> {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            w.write("$date precis $end\n$version Precis TLM kernel $end\n$timescale 1 ps $end\n");
            writeScopes(w, signals);
            w.write("$enddefinitions $end\n$dumpvars\n");
            for (Signal s : signals) w.write(value(s, 0) + "\n");
            w.write("$end\n");
            long time = -1;
            for (SignalChange c : sorted) {
                if (c.timePs() != time) {
                    time = c.timePs();
                    w.write("#" + time + "\n");
                }
                w.write(value(byId.get(c.signalId()), c.value()) + "\n");
            }
            w.flush();
        });
    }

    private static void writeScopes(Writer w, List<Signal> signals) throws java.io.IOException {
        List<Signal> sorted = new ArrayList<>(signals);
        sorted.sort((a, b) -> a.component().compareTo(b.component()) != 0
                ? a.component().compareTo(b.component()) : Integer.compare(a.id(), b.id()));
        List<String> open = new ArrayList<>();
        for (Signal s : sorted) {
            String[] path = s.component().split("\\.");
            int common = 0;
            while (common < open.size() && common < path.length && open.get(common).equals(path[common])) common++;
            while (open.size() > common) {
                w.write("$upscope $end\n");
                open.remove(open.size() - 1);
            }
            for (int i = common; i < path.length; i++) {
                w.write("$scope module " + path[i] + " $end\n");
                open.add(path[i]);
            }
            w.write("$var wire " + s.widthBits() + " " + code(s.id()) + " " + s.name() + " $end\n");
        }
        for (int i = 0; i < open.size(); i++) w.write("$upscope $end\n");
    }

    private static String value(Signal s, long v) {
        if (s.widthBits() == 1) return (v & 1) + code(s.id());
        return "b" + Long.toBinaryString(v) + " " + code(s.id());
    }

    /** VCD identifier codes use the printable ASCII characters '!' to '~'. */
    static String code(int id) {
        StringBuilder sb = new StringBuilder();
        int n = id;
        do {
            sb.append((char) ('!' + n % 94));
            n = n / 94 - 1;
        } while (n >= 0);
        return sb.toString();
    }
}
