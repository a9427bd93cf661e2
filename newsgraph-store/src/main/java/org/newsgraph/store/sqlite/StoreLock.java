package org.newsgraph.store.sqlite;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.newsgraph.store.StoreLockedException;
import org.newsgraph.store.StoreException;

/**
 * One process's exclusive hold on a store directory: an OS lock on its {@code .lock} file, kept
 * until {@link #close()} or until the process dies (the OS then lets go, so a killed run can be
 * resumed).
 */
final class StoreLock implements AutoCloseable {

    static final String FILE = ".lock";

    /*
     * Directories this JVM holds. The OS lock belongs to the process, and on Linux closing any
     * channel to the lock file drops it; so a second open in this JVM is refused here, before it
     * opens (and closes) a channel of its own. Process-wide by nature, hence static.
     */
    private static final Set<Path> HELD = ConcurrentHashMap.newKeySet();

    private final Path key;
    private final FileChannel channel;

    private StoreLock(Path key, FileChannel channel) {
        this.key = key;
        this.channel = channel;
    }

    /** Locks the existing directory {@code dir}, or throws {@link StoreLockedException}. */
    static StoreLock acquire(Path dir) {
        Path key = realPath(dir);
        if (!HELD.add(key)) {
            throw locked(dir);
        }
        try {
            return new StoreLock(key, lockedChannel(dir));
        } catch (RuntimeException e) {
            HELD.remove(key);
            throw e;
        }
    }

    private static FileChannel lockedChannel(Path dir) {
        FileChannel channel = openChannel(dir.resolve(FILE));
        try {
            if (channel.tryLock() != null) {
                return channel;
            }
        } catch (OverlappingFileLockException e) {
            // Other code in this JVM locked the file under a path we did not recognise: in use.
        } catch (IOException e) {
            throw closing(channel, new StoreException("cannot lock store " + dir + ": " + e.getMessage(), e));
        }
        throw closing(channel, locked(dir));
    }

    private static FileChannel openChannel(Path file) {
        try {
            return FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new StoreException("cannot open lock file " + file + ": " + e.getMessage(), e);
        }
    }

    private static <E extends RuntimeException> E closing(FileChannel channel, E failure) {
        try {
            channel.close();
        } catch (IOException e) {
            failure.addSuppressed(e);
        }
        return failure;
    }

    private static Path realPath(Path dir) {
        try {
            return dir.toRealPath();
        } catch (IOException e) {
            throw new StoreException("cannot resolve store directory " + dir + ": " + e.getMessage(), e);
        }
    }

    private static StoreLockedException locked(Path dir) {
        return new StoreLockedException("store " + dir + " is in use by another newsgraph process");
    }

    /** Lets go of the directory; closing the channel releases the OS lock. */
    @Override
    public void close() {
        try {
            channel.close();
        } catch (IOException e) {
            throw new StoreException("cannot release lock on store " + key + ": " + e.getMessage(), e);
        } finally {
            HELD.remove(key);
        }
    }
}
