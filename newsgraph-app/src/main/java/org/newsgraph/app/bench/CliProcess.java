package org.newsgraph.app.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * The command line run in a child JVM on this JVM's class path, as a user runs it in a process of
 * its own: what a bench measures beside itself (an export's heap, an analyze beside a server).
 */
final class CliProcess {

    private CliProcess() {}

    /** The command that runs {@code cliMain} with these JVM options and arguments. */
    static List<String> command(String cliMain, List<String> jvmOptions, List<String> arguments) {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), cliMain));
        command.addAll(arguments);
        return command;
    }

    /** The heap option that gives a child the heap this JVM has, as {@code ./newsgraph} gives each command. */
    static String sameHeap() {
        return "-Xmx" + Runtime.getRuntime().maxMemory() / (1024 * 1024) + "m";
    }
}
