package dev.precis.workloads.zoo;

import java.util.List;

/** A named, ordered list of compute layers. Layer order is execution order. */
public record Model(String name, String description, List<Layer> layers) {

    public Model {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("model needs a name");
        }
        layers = List.copyOf(layers);
        if (layers.isEmpty()) {
            throw new IllegalArgumentException("model " + name + " has no layers");
        }
        description = description == null ? "" : description;
    }

    public long totalMacs(int batch) {
        long total = 0;
        for (Layer layer : layers) {
            total = Math.addExact(total, layer.macs(batch));
        }
        return total;
    }

    public long countOf(String kind) {
        return layers.stream().filter(l -> l.kind().equals(kind)).count();
    }
}
