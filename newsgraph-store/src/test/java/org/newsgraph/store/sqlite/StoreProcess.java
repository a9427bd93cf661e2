package org.newsgraph.store.sqlite;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.newsgraph.store.StoreLockedException;

/**
 * A separate JVM that uses a store the way a newsgraph run would, for tests about other
 * processes: {@code save-and-halt DIR N}, {@code hold DIR}, {@code try-open DIR}.
 */
public final class StoreProcess {

    private StoreProcess() {}

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[1]);
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        switch (args[0]) {
            case "save-and-halt" -> saveAndHalt(dir, Integer.parseInt(args[2]), out);
            case "hold" -> hold(dir, out);
            case "try-open" -> tryOpen(dir, out);
            default -> throw new IllegalArgumentException("unknown command " + args[0]);
        }
    }

    /** Saves N articles and dies without closing anything, as a killed run would. */
    private static void saveAndHalt(Path dir, int n, PrintStream out) {
        SqliteArticleStore store = SqliteArticleStore.open(dir);
        for (int i = 0; i < n; i++) {
            store.save(SampleArticles.numbered(i));
        }
        out.println("saved " + n);
        Runtime.getRuntime().halt(0);
    }

    /** Holds the store until its parent kills it. */
    private static void hold(Path dir, PrintStream out) throws IOException {
        SqliteArticleStore store = SqliteArticleStore.open(dir);
        out.println("held");
        while (System.in.read() >= 0) {
            // Waits for the parent: the test ends this process by killing it.
        }
        store.close();
    }

    private static void tryOpen(Path dir, PrintStream out) {
        try {
            SqliteArticleStore.open(dir).close();
            out.println("opened");
        } catch (StoreLockedException e) {
            out.println("locked: " + e.getMessage());
        }
    }
}
