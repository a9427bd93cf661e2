package org.newsgraph.cli;

import java.io.UncheckedIOException;
import org.newsgraph.http.ApiServer;
import org.newsgraph.search.BadQueryException;
import org.newsgraph.search.SearchIndexMissingException;
import org.newsgraph.store.StoreLockedException;
import org.newsgraph.store.StoreNotFoundException;
import org.newsgraph.store.StoreVersionException;
import picocli.CommandLine;

/** Maps what can stop a command to an exit status and a one-line message. */
final class ExitCodes implements CommandLine.IExitCodeExceptionMapper, CommandLine.IExecutionExceptionHandler {

    static final int OK = 0;
    static final int INTERNAL = 1;
    static final int USAGE = 2;
    static final int OUTPUT_NOT_WRITABLE = 3;
    static final int STORE_LOCKED = 4;
    static final int STORE_VERSION = 5;

    @Override
    public int getExitCode(Throwable exception) {
        if (exception instanceof StoreLockedException) {
            return STORE_LOCKED;
        }
        if (exception instanceof StoreVersionException) {
            return STORE_VERSION;
        }
        if (exception instanceof OutputException) {
            return OUTPUT_NOT_WRITABLE;
        }
        if (exception instanceof CommandLine.ParameterException || exception instanceof NotFoundException
                || exception instanceof StoreNotFoundException || exception instanceof ApiServer.UnavailableAddressException
                || exception instanceof BadQueryException || exception instanceof SearchIndexMissingException) {
            return USAGE;
        }
        return INTERNAL;
    }

    @Override
    public int handleExecutionException(Exception exception, CommandLine commandLine,
            CommandLine.ParseResult parseResult) {
        String message = exception instanceof UncheckedIOException io ? io.getCause().toString() : exception.getMessage();
        String prefix = getExitCode(exception) == INTERNAL ? "internal error: " + exception.getClass().getName() + ": " : "";
        commandLine.getErr().println(commandLine.getColorScheme().errorText("newsgraph: " + prefix + message));
        return getExitCode(exception);
    }

    /** What the arguments name is not there (a story id): a bad argument, told in one line without the usage. */
    static final class NotFoundException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NotFoundException(String message) {
            super(message);
        }
    }

    /** The export or another output cannot be written. */
    static final class OutputException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        OutputException(String message) {
            super(message);
        }
    }
}
