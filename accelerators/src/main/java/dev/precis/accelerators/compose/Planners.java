package dev.precis.accelerators.compose;

import dev.precis.accelerators.mapping.EnergyCosts;
import dev.precis.accelerators.mapping.MapperDesign;
import dev.precis.accelerators.replay.DriftPlanner;
import dev.precis.accelerators.replay.GemmPlanner;
import dev.precis.accelerators.replay.LayerPlanner;
import dev.precis.accelerators.replay.MapperPlanner;
import dev.precis.accelerators.replay.OverlapPolicy;
import dev.precis.accelerators.replay.ReplayControllerComponent;
import dev.precis.accelerators.replay.ReplayControllerType;
import dev.precis.accelerators.replay.SystolicPlanner;
import dev.precis.components.drift.DriftDetectorComponent;
import dev.precis.components.memory.IdealMemoryComponent;
import dev.precis.components.pe.BitBrickArray;
import dev.precis.components.pe.ComputeArrayComponent;
import dev.precis.components.pe.LpaPeArrayComponent;
import dev.precis.components.pe.AntPeArray;
import dev.precis.components.pe.AntPeArrayComponent;
import dev.precis.components.pe.Dataflow;
import dev.precis.components.pe.SystolicArrayComponent;
import dev.precis.tlm.ClockDomain;
import dev.precis.tlm.Component;
import dev.precis.tlm.describe.Params;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Chooses the controller's planner from what its ports are linked to: a bit-brick array ({@code ant-pe-array},
 * either variant) behind {@code compute} and an {@code ideal-memory} or a {@code dram} (behind a DMA) on the
 * {@code memory} path get the ANT artifact's mapper, sized by the controller's buffers and the memory's width (a
 * DRAM's peak bandwidth per cycle, {@link MemoryPath}); every planner checks that a DRAM on the path has a DMA
 * in front; a {@code systolic-array} gets the
 * systolic planner; Drift's detector the Drift planner; any other array on {@code ComputeArrayComponent}
 * (LPA, Panacea, Sibia, a user's) one GEMM block per layer. The mapper's design takes its per-event energies from the same components (the array's
 * PE energy and leakage, the controller's buffer energies and leakage), so its ranking sees what the run charges.
 */
final class Planners {
    private Planners() {
    }

    static LayerPlanner of(Elaborator e, Map<String, Component> instances, String controllerName) {
        Params p = e.params(controllerName);
        ReplayControllerComponent controller = (ReplayControllerComponent) instances.get(controllerName);
        String computePeer = e.peerOf(controllerName, "compute");
        Component array = instances.get(computePeer.substring(0, computePeer.lastIndexOf('.')));
        MemoryPath path = MemoryPath.of(e, instances, controllerName);
        String key = "components." + controllerName;
        if (array instanceof SystolicArrayComponent s) {
            sameClock(e, controllerName, controller.clock(), array.name(), s.clock());
            return new SystolicPlanner(s.dataflow(), p.getInt("outputBits"), s.array().processingElements());
        }
        if (array instanceof DriftDetectorComponent) {
            List<BitBrickArray> subArrays = new ArrayList<>();
            for (Component c : instances.values()) {
                if (c instanceof AntPeArrayComponent a) {
                    sameClock(e, controllerName, controller.clock(), c.name(), a.clock());
                    subArrays.add(a.model().bricks());
                }
            }
            if (subArrays.isEmpty()) {
                throw new CompositionException(e.origin(controllerName), key + ".compute", "Drift's detector needs bit-brick "
                        + "sub-arrays (ant-pe-array) behind its scheduler; the composition has none");
            }
            return new DriftPlanner(subArrays, p.getInt("tilesPerRun"), p.getInt("outputBits"));
        }
        if (array instanceof AntPeArrayComponent ant) {
            int widthBits = path.widthBits(controller.clock().frequencyHz());
            if (widthBits == 0) {
                throw new CompositionException(e.origin(controllerName), key + ".memory", "the ANT artifact's mapper ranks "
                        + "mappings by an ideal-memory's width or a dram's peak bandwidth; " + controllerName + ".memory leads to "
                        + path.memory().name());
            }
            sameClock(e, controllerName, controller.clock(), array.name(), ant.clock());
            if (path.memory() instanceof IdealMemoryComponent mem) {
                sameClock(e, controllerName, controller.clock(), mem.name(), mem.clock());
            }
            AntPeArray model = ant.model();
            ClockDomain clock = controller.clock();
            double periodPs = 1e12 / clock.frequencyHz();
            long pes = (long) model.bricks().rows() * model.bricks().cols();
            var b = controller.bufferEnergies();
            EnergyCosts costs = new EnergyCosts(model.leakagePowerMw() * periodPs * 1e-6, pes * model.peDynamicPj() / 1000,
                    b.weightRead() / 1000, b.weightWrite() / 1000, b.inputRead() / 1000, b.inputWrite() / 1000,
                    b.outputRead() / 1000, b.outputWrite() / 1000, controller.bufferLeakageMw() * periodPs * 1e-6);
            MapperDesign design = new MapperDesign(e.composition().name(), model.bricks(), Dataflow.parse(p.getString("dataflow")),
                    p.getBytes("weightBuffer"), p.getBytes("inputBuffer"), p.getBytes("outputBuffer"), widthBits,
                    clock.frequencyHz(), costs);
            return new MapperPlanner(design, p.policy(OverlapPolicy.SLOT), ReplayControllerType.blockSteps(p));
        }
        if (array instanceof LpaPeArrayComponent lpa) {
            sameClock(e, controllerName, controller.clock(), array.name(), lpa.clock());
            return new GemmPlanner(p.getInt("outputBits"), l -> lpa.model().productsPerCycle(
                    Math.max(l.precision().weightBits(), l.precision().activationBits())));
        }
        if (array instanceof ComputeArrayComponent other) {
            // panacea-array, sibia-array and any array of the shared protocol a user registers: one block per layer.
            sameClock(e, controllerName, controller.clock(), array.name(), other.clock());
            return new GemmPlanner(p.getInt("outputBits"), l -> 0);
        }
        throw new CompositionException(e.origin(controllerName), key + ".compute", ReplayControllerType.NAME
                + " plans layers for ant-pe-array (the ANT artifact's mapper), systolic-array, drift-detector and any other PE array"
                + " of the shared protocol (ComputeArrayComponent); its compute port is linked to " + computePeer);
    }

    private static void sameClock(Elaborator e, String controller, ClockDomain c, String other, ClockDomain o) {
        if (c.frequencyHz() != o.frequencyHz()) {
            throw new CompositionException(e.origin(controller), "components." + controller + ".clock", "the controller runs at "
                    + c.frequencyHz() + " Hz but " + other + " at " + o.frequencyHz() + " Hz; the replay counts cycles on one clock"
                    + " (set the top-level clock)");
        }
    }
}
