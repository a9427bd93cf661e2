package org.newsgraph.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.store.StoreLockedException;

/** The directory lock within one JVM: one holder per directory, however the path is spelled. */
class StoreLockTest {

    @TempDir
    Path temp;

    @Test
    void refusesASecondHolderNamingTheDirectory() {
        StoreLock held = StoreLock.acquire(temp);
        try {
            assertThatThrownBy(() -> StoreLock.acquire(temp))
                    .isInstanceOf(StoreLockedException.class)
                    .hasMessage("store " + temp + " is in use by another newsgraph process");
        } finally {
            held.close();
        }
    }

    @Test
    void recognisesAnotherSpellingOfTheSameDirectory() throws Exception {
        Path dir = Files.createDirectories(temp.resolve("store"));
        Path link = Files.createSymbolicLink(temp.resolve("link"), dir);
        StoreLock held = StoreLock.acquire(dir);
        try {
            assertThatThrownBy(() -> StoreLock.acquire(temp.resolve("store/../store")))
                    .isInstanceOf(StoreLockedException.class);
            assertThatThrownBy(() -> StoreLock.acquire(link)).isInstanceOf(StoreLockedException.class);
        } finally {
            held.close();
        }
    }

    @Test
    void aReleasedDirectoryCanBeLockedAgain() {
        StoreLock.acquire(temp).close();

        assertThatCode(() -> StoreLock.acquire(temp).close()).doesNotThrowAnyException();
        assertThat(temp.resolve(StoreLock.FILE)).exists();
    }

    @Test
    void locksDirectoriesIndependently() throws Exception {
        Path a = Files.createDirectories(temp.resolve("a"));
        Path b = Files.createDirectories(temp.resolve("b"));
        StoreLock first = StoreLock.acquire(a);
        try {
            assertThatCode(() -> StoreLock.acquire(b).close()).doesNotThrowAnyException();
        } finally {
            first.close();
        }
    }
}
