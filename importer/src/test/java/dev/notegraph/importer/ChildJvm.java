package dev.notegraph.importer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A Java main of this test classpath in its own JVM, output to files, so a test can bound or kill it. */
public final class ChildJvm {

    private ChildJvm() {}

    public static Process start(List<String> jvmArgs, Class<?> main, List<String> args, Path out, Path err)
            throws IOException {
        var command = new ArrayList<String>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmArgs);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), main.getName()));
        command.addAll(args);
        return new ProcessBuilder(command)
                .redirectOutput(out.toFile())
                .redirectError(err.toFile())
                .start();
    }
}
