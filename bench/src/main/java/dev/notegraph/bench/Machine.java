package dev.notegraph.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** What the machine was doing: the run's figures mean little without the load they were taken under. */
public final class Machine {

    private Machine() {}

    /** The 1-, 5- and 15-minute load averages, as /proc/loadavg has them, or "unknown". */
    public static String loadAverages() {
        try {
            var fields = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return fields[0] + " / " + fields[1] + " / " + fields[2];
        } catch (IOException | ArrayIndexOutOfBoundsException e) {
            return "unknown";
        }
    }

    public static String describe() {
        return "%d cores, Java %s, max heap %d MiB"
                .formatted(
                        Runtime.getRuntime().availableProcessors(),
                        System.getProperty("java.version"),
                        Runtime.getRuntime().maxMemory() >> 20);
    }
}
