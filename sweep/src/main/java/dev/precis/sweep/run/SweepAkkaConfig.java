package dev.precis.sweep.run;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import java.util.List;

/**
 * The Akka configuration of a sweep's actor system: Akka logs through SLF4J at WARNING, the JVM shutdown is the
 * sweep's to handle (Ctrl-C stops the coordinator cleanly; Akka's own hook would end the actors under it), and
 * the local workers get a dispatcher of exactly {@code jobs} threads. A cluster node adds Akka Cluster over Artery
 * TCP, the protocol's serializer, and the split-brain resolver (keep-oldest: the coordinator, the first node,
 * survives; a worker that stops answering is downed and its point re-run).
 */
public final class SweepAkkaConfig {

    public static final String SYSTEM_NAME = "precis-sweep";

    private SweepAkkaConfig() {
    }

    public static Config local(int jobs) {
        return ConfigFactory.parseString(common(jobs, false)).withFallback(ConfigFactory.load());
    }

    /**
     * A cluster node bound to {@code host:port} (port 0: any free port) that joins {@code seedHost:seedPort}.
     *
     * @param downAfterSeconds how long a silent node stays unreachable before it is downed
     */
    public static Config cluster(int jobs, String host, int port, String seedHost, int seedPort, int downAfterSeconds,
                                 boolean ownShutdown) {
        String text = String.join("\n",
                common(jobs, !ownShutdown),
                "akka.actor.provider = cluster",
                "akka.remote.artery.transport = tcp",
                "akka.remote.artery.canonical.hostname = \"" + host + "\"",
                "akka.remote.artery.canonical.port = " + port,
                "akka.cluster.seed-nodes = [\"akka://" + SYSTEM_NAME + "@" + seedHost + ":" + seedPort + "\"]",
                "akka.cluster.downing-provider-class = \"akka.cluster.sbr.SplitBrainResolverProvider\"",
                "akka.cluster.split-brain-resolver.active-strategy = keep-oldest",
                "akka.cluster.split-brain-resolver.keep-oldest.down-if-alone = off",
                "akka.cluster.split-brain-resolver.stable-after = " + downAfterSeconds + "s",
                "akka.cluster.log-info = off",
                "akka.cluster.jmx.multi-mbeans-in-same-jvm = on",
                "akka.actor.serializers.precis-sweep = \"dev.precis.sweep.cluster.SweepSerializer\"",
                "akka.actor.serialization-bindings { \"dev.precis.sweep.run.SweepMessage\" = precis-sweep }");
        return ConfigFactory.parseString(text).withFallback(ConfigFactory.load());
    }

    private static String common(int jobs, boolean akkaShutdownHook) {
        return String.join("\n", List.of(
                "akka.loglevel = WARNING",
                "akka.stdout-loglevel = OFF",
                "akka.loggers = [\"akka.event.slf4j.Slf4jLogger\"]",
                "akka.logging-filter = \"akka.event.slf4j.Slf4jLoggingFilter\"",
                "akka.log-dead-letters = off",
                "akka.log-dead-letters-during-shutdown = off",
                "akka.jvm-shutdown-hooks = " + (akkaShutdownHook ? "on" : "off"),
                "akka.coordinated-shutdown.run-by-jvm-shutdown-hook = " + (akkaShutdownHook ? "on" : "off"),
                "precis-sweep.worker-dispatcher {",
                "  type = Dispatcher",
                "  executor = thread-pool-executor",
                "  thread-pool-executor.fixed-pool-size = " + Math.max(1, jobs),
                "  throughput = 1",
                "}"));
    }
}
