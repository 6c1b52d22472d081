package dev.precis.examples;

import com.typesafe.config.ConfigFactory;
import dev.precis.tlm.Component;
import dev.precis.tlm.PortDirection;
import dev.precis.tlm.TargetSocket;
import dev.precis.tlm.describe.CatalogPrinter;
import dev.precis.tlm.describe.ComponentDescriptor;
import dev.precis.tlm.describe.ComponentRegistry;
import dev.precis.tlm.describe.ComponentType;
import dev.precis.tlm.describe.ParamSpec;
import dev.precis.tlm.describe.ParamType;
import dev.precis.tlm.describe.Params;
import dev.precis.tlm.describe.ParameterException;
import dev.precis.tlm.describe.PortSpec;
import dev.precis.tlm.describe.StatSpec;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

/**
 * A component type that describes itself (parameters with units, defaults and ranges; ports; statistics), is
 * created from a HOCON block, and rejects a misspelt parameter with the list of the known ones.
 */
final class BasicParams implements Example {
    /** A scratchpad whose latency grows with the bytes moved. */
    static final class Scratchpad extends Component {
        Scratchpad(long latencyPs, long psPerByte) {
            TargetSocket.declare(this, "in", 4, 1, request -> latencyPs + request.sizeBytes() * psPerByte);
        }
    }

    static final class ScratchpadType implements ComponentType {
        @Override
        public ComponentDescriptor descriptor() {
            return new ComponentDescriptor("scratchpad", "an SRAM scratchpad with size-dependent latency",
                    List.of(ParamSpec.optional("latency", ParamType.TIME, "ps", "2 ns", "fixed access latency").atLeast(0),
                            ParamSpec.optional("psPerByte", ParamType.LONG, "ps/B", "10", "transfer time per byte").atLeast(0)),
                    List.of(new PortSpec("in", PortDirection.TARGET, "READ/WRITE requests")),
                    List.of(new StatSpec("in.requests", "count", "requests accepted")));
        }

        @Override
        public Component create(Params p) {
            return new Scratchpad(p.getTimePs("latency"), p.getLong("psPerByte"));
        }
    }

    @Override
    public String name() {
        return "basic-params";
    }

    @Override
    public String teaches() {
        return "self-describing component types, HOCON parameters and their errors";
    }

    @Override
    public String run() {
        ComponentRegistry registry = ComponentRegistry.of(List.of(new ScratchpadType()));
        StringWriter out = new StringWriter();
        PrintWriter w = new PrintWriter(out);
        CatalogPrinter.print(registry.type("scratchpad").descriptor(), w);
        Component ok = registry.create("scratchpad", "top.spad", ConfigFactory.parseString("latency = 1.5 ns"));
        w.println();
        w.println("created " + ok.getClass().getSimpleName() + " with ports " + ok.ports().stream().map(dev.precis.tlm.Port::name).toList());
        try {
            registry.create("scratchpad", "top.spad", ConfigFactory.parseString("latncy = 1.5 ns"));
        } catch (ParameterException e) {
            w.println("error: " + e.getMessage());
        }
        try {
            registry.create("scratchpad", "top.spad", ConfigFactory.parseString("latency = 3 furlongs"));
        } catch (ParameterException e) {
            w.println("error: " + e.getMessage());
        }
        w.flush();
        return out.toString();
    }
}
