package dev.precis.sweep.results;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.precis.sweep.point.EnergyPj;
import dev.precis.sweep.point.Point;
import dev.precis.sweep.point.PointOutcome;
import dev.precis.sweep.point.PointResult;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One finished point as one JSON object: the line format of results.jsonl, and the wire format of a result
 * travelling from a cluster worker to the coordinator. Field names follow the run report ({@code energyPj} with
 * {@code static}, {@code dram}, {@code buffer}, {@code core}, {@code total}).
 */
public final class OutcomeJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private OutcomeJson() {
    }

    public static String toJson(PointOutcome o, String precisVersion, String evaluatorId) {
        ObjectNode n = JSON.createObjectNode();
        n.put("key", o.key());
        n.put("precis", precisVersion);
        n.put("evaluator", evaluatorId);
        n.set("point", point(o.point()));
        if (o instanceof PointOutcome.Done d) {
                n.put("status", "ok");
                PointResult r = d.result();
                n.put("cycles", r.cycles());
                n.put("macs", r.macs());
                n.put("clockMhz", r.clockMhz());
                n.put("seconds", r.seconds());
                if (r.energyPj().isPresent()) {
                    EnergyPj e = r.energyPj().get();
                    ObjectNode en = n.putObject("energyPj");
                    en.put("static", e.staticPj());
                    en.put("dram", e.dram());
                    en.put("buffer", e.buffer());
                    en.put("core", e.core());
                    en.put("total", e.total());
                } else {
                    n.putNull("energyPj");
                }
                putOptional(n, "areaMm2", r.areaMm2());
                putOptional(n, "gopsPerMm2", r.gopsPerMm2());
        } else if (o instanceof PointOutcome.Failed f) {
                n.put("status", "error");
                n.put("error", f.error());
        }
        return n.toString();
    }

    public static ObjectNode point(Point p) {
        ObjectNode n = JSON.createObjectNode();
        n.put("accelerator", p.accelerator());
        n.put("model", p.model());
        n.put("quantizer", p.quantizer());
        n.put("batch", p.batch());
        ObjectNode params = n.putObject("parameters");
        p.parameters().forEach(params::put);
        return n;
    }

    public static Point point(JsonNode n) {
        Map<String, String> params = new TreeMap<>();
        Iterator<Map.Entry<String, JsonNode>> it = required(n, "parameters").fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            params.put(e.getKey(), e.getValue().asText());
        }
        return Point.of(required(n, "accelerator").asText(), required(n, "model").asText(),
                required(n, "quantizer").asText(), required(n, "batch").asInt(), params);
    }

    /** Parses a line written by {@link #toJson}; fails on anything else. */
    public static PointOutcome fromJson(String line) {
        JsonNode n;
        try {
            n = JSON.readTree(line);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage());
        }
        if (n == null || !n.isObject()) throw new IllegalArgumentException("not a JSON object");
        String key = required(n, "key").asText();
        Point point = point(required(n, "point"));
        String status = required(n, "status").asText();
        if (status.equals("error")) return new PointOutcome.Failed(key, point, required(n, "error").asText());
        if (!status.equals("ok")) throw new IllegalArgumentException("status '" + status + "' is not ok or error");
        JsonNode e = required(n, "energyPj");
        Optional<EnergyPj> energy = e.isNull() ? Optional.empty() : Optional.of(new EnergyPj(
                required(e, "static").asDouble(), required(e, "dram").asDouble(), required(e, "buffer").asDouble(),
                required(e, "core").asDouble(), required(e, "total").asDouble()));
        JsonNode area = required(n, "areaMm2");
        return new PointOutcome.Done(key, point, new PointResult(required(n, "cycles").asLong(),
                required(n, "macs").asLong(), required(n, "clockMhz").asDouble(), energy,
                area.isNull() ? Optional.empty() : Optional.of(area.asDouble())));
    }

    private static void putOptional(ObjectNode n, String field, Optional<Double> v) {
        if (v.isPresent()) n.put(field, v.get());
        else n.putNull(field);
    }

    private static JsonNode required(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null) throw new IllegalArgumentException("field '" + field + "' is missing");
        return v;
    }
}
