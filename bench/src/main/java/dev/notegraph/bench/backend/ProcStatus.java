package dev.notegraph.bench.backend;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Reads a field of /proc/PID/status (Linux only; empty elsewhere). */
final class ProcStatus {

    private ProcStatus() {}

    /** A memory field such as {@code VmHWM}, in KiB as the kernel reports it. */
    static Optional<Long> kibibytes(long pid, String field) {
        try {
            return Files.readAllLines(Path.of("/proc", Long.toString(pid), "status")).stream()
                    .filter(line -> line.startsWith(field + ":"))
                    .map(line -> line.substring(field.length() + 1).trim().split("\\s+")[0])
                    .map(Long::parseLong)
                    .findFirst();
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
