package org.jjjpark.devstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A PostgreSQL server still running on the devstack's data directory after its launcher was killed (-9, a
 * crash): PostgreSQL runs detached, so nothing else stops it, and it would hold the port and the data.
 * Only called while the devstack's own lock is held, so the server cannot belong to a running devstack.
 */
final class LeftoverPostmaster {

    private LeftoverPostmaster() {
    }

    static void stopIfRunning(Path dataDir) {
        Optional<ProcessHandle> postmaster = find(dataDir);
        if (postmaster.isEmpty()) {
            return;
        }
        long pid = postmaster.get().pid();
        Launcher.say("stopping the PostgreSQL server (pid " + pid + ") an earlier devstack left running");
        try {
            // SIGINT is PostgreSQL's "fast" shutdown: it disconnects clients instead of waiting for them.
            new ProcessBuilder("kill", "-INT", Long.toString(pid)).inheritIO().start().waitFor();
            postmaster.get().onExit().get(15, TimeUnit.SECONDS);
        } catch (IOException | ExecutionException | TimeoutException e) {
            throw new DevStackFailure("PostgreSQL (pid " + pid + ") from an earlier run is still running on "
                    + dataDir + ": stop it (kill " + pid + ") and try again");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DevStackFailure("interrupted while stopping PostgreSQL pid " + pid);
        }
    }

    /** The live process named in {@code postmaster.pid}, if it is a postgres server (a pid can be reused). */
    private static Optional<ProcessHandle> find(Path dataDir) {
        Path pidFile = dataDir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return Optional.empty();
        }
        try {
            long pid = Long.parseLong(Files.readAllLines(pidFile).get(0).trim());
            return ProcessHandle.of(pid)
                    .filter(ProcessHandle::isAlive)
                    .filter(p -> p.info().command().map(c -> c.endsWith("/postgres")).orElse(false));
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // unreadable or stale: PostgreSQL sorts out its own pid file on start
        }
    }
}
