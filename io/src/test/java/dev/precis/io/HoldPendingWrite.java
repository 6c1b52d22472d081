package dev.precis.io;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Run in a child JVM by {@link InterruptedWriteTest}: starts a write of args[0], says "ready", then waits to be killed. */
public final class HoldPendingWrite {
    private HoldPendingWrite() {}

    public static void main(String[] args) throws Exception {
        AtomicFile.Pending p = AtomicFile.open(Path.of(args[0]));
        p.stream().write("half a result".getBytes(StandardCharsets.UTF_8));
        System.out.println("ready");
        System.out.flush();
        Thread.sleep(60_000);
        p.commit();
    }
}
