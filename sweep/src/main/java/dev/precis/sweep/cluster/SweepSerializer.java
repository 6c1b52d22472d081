package dev.precis.sweep.cluster;

import akka.actor.ExtendedActorSystem;
import akka.actor.typed.ActorRef;
import akka.actor.typed.ActorRefResolver;
import akka.actor.typed.javadsl.Adapter;
import akka.serialization.SerializerWithStringManifest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.precis.sweep.results.OutcomeJson;
import dev.precis.sweep.run.CoordinatorCommand;
import dev.precis.sweep.run.WorkerCommand;
import java.io.IOException;
import java.io.NotSerializableException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The wire format of the sweep protocol between cluster nodes: each message as a small JSON object (points and
 * outcomes exactly as results.jsonl has them, actor references in Akka's serialization format), named by a
 * one-word manifest. Bound to {@link dev.precis.sweep.run.SweepMessage} in {@code SweepAkkaConfig}.
 */
public final class SweepSerializer extends SerializerWithStringManifest {

    /** This serializer's Akka identifier (unique among the system's serializers; Akka's own use 0-40). */
    static final int IDENTIFIER = 7331;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String REQUEST = "request";
    private static final String FINISHED = "finished";
    private static final String STOP = "stop";
    private static final String WORK = "work";
    private static final String NO_MORE = "no-more";

    private final ExtendedActorSystem system;
    private volatile ActorRefResolver resolver;

    public SweepSerializer(ExtendedActorSystem system) {
        this.system = system;
    }

    @Override
    public int identifier() {
        return IDENTIFIER;
    }

    @Override
    public String manifest(Object o) {
        if (o instanceof CoordinatorCommand.RequestWork) return REQUEST;
        if (o instanceof CoordinatorCommand.PointFinished) return FINISHED;
        if (o instanceof CoordinatorCommand.Stop) return STOP;
        if (o instanceof WorkerCommand.Work) return WORK;
        if (o instanceof WorkerCommand.NoMoreWork) return NO_MORE;
        throw new IllegalArgumentException("not a sweep message: " + o.getClass().getName());
    }

    @Override
    public byte[] toBinary(Object o) {
        ObjectNode n = JSON.createObjectNode();
        if (o instanceof CoordinatorCommand.RequestWork m) {
            n.put("worker", ref(m.worker()));
            n.put("precis", m.precisVersion());
            n.put("evaluator", m.evaluatorId());
        } else if (o instanceof CoordinatorCommand.PointFinished m) {
            n.put("worker", ref(m.worker()));
            n.put("outcome", OutcomeJson.toJson(m.outcome(), "", ""));
        } else if (o instanceof WorkerCommand.Work m) {
            n.put("key", m.key());
            n.set("point", OutcomeJson.point(m.point()));
        } else if (o instanceof WorkerCommand.NoMoreWork m) {
            n.put("reason", m.reason());
        } else if (!(o instanceof CoordinatorCommand.Stop)) {
            throw new IllegalArgumentException("not a sweep message: " + o.getClass().getName());
        }
        return n.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public Object fromBinary(byte[] bytes, String manifest) throws NotSerializableException {
        JsonNode n;
        try {
            n = JSON.readTree(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("a sweep message that is not JSON: " + e.getMessage(), e);
        }
        return switch (manifest) {
            case REQUEST -> new CoordinatorCommand.RequestWork(ref(n.get("worker").asText()), n.get("precis").asText(),
                    n.get("evaluator").asText());
            case FINISHED -> new CoordinatorCommand.PointFinished(ref(n.get("worker").asText()),
                    OutcomeJson.fromJson(n.get("outcome").asText()));
            case STOP -> new CoordinatorCommand.Stop();
            case WORK -> new WorkerCommand.Work(n.get("key").asText(), OutcomeJson.point(n.get("point")));
            case NO_MORE -> new WorkerCommand.NoMoreWork(n.get("reason").asText());
            default -> throw new NotSerializableException("unknown sweep message manifest '" + manifest + "'");
        };
    }

    private String ref(ActorRef<?> ref) {
        return resolver().toSerializationFormat(ref);
    }

    private <T> ActorRef<T> ref(String text) {
        return resolver().resolveActorRef(text);
    }

    private ActorRefResolver resolver() {
        ActorRefResolver r = resolver;
        if (r == null) {
            r = ActorRefResolver.get(Adapter.toTyped(system));
            resolver = r;
        }
        return r;
    }
}
