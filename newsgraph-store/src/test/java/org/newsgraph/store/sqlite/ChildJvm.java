package org.newsgraph.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Starts {@link StoreProcess} in a fresh JVM on this test's class path. */
final class ChildJvm {

    private static final long TIMEOUT_SECONDS = 120;

    private final Process process;
    private final BufferedReader output;

    private ChildJvm(Process process) {
        this.process = process;
        this.output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    }

    static ChildJvm start(String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                StoreProcess.class.getName()));
        command.addAll(List.of(args));
        return new ChildJvm(new ProcessBuilder(command).redirectErrorStream(true).start());
    }

    /** Runs the child to its end and returns what it printed; it must exit with 0. */
    static String run(String... args) throws IOException, InterruptedException {
        ChildJvm child = start(args);
        String printed = new String(child.process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(child.process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)).as("child finished").isTrue();
        assertThat(child.process.exitValue()).as("exit code; output:%n%s", printed).isZero();
        return printed;
    }

    /** The next line the child prints. */
    String readLine() throws IOException {
        return output.readLine();
    }

    /** Kills the child as an operator's kill -9 would, and waits until it is gone. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        assertThat(process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)).as("child died").isTrue();
    }
}
