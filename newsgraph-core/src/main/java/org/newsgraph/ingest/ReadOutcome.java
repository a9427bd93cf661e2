package org.newsgraph.ingest;

import java.util.Optional;
import java.util.function.Function;

/**
 * A value, or the reason a person is given for not having it. Reading chains steps that may each
 * fail on bad input; this keeps that failure a value instead of an exception.
 */
sealed interface ReadOutcome<T> {

    record Ok<T>(T value) implements ReadOutcome<T> {}

    record Failed<T>(String reason) implements ReadOutcome<T> {}

    static <T> ReadOutcome<T> ok(T value) {
        return new Ok<>(value);
    }

    static <T> ReadOutcome<T> failed(String reason) {
        return new Failed<>(reason);
    }

    /** Applies {@code ok} to the value, or {@code failed} to the reason. */
    default <R> R fold(Function<? super T, ? extends R> ok, Function<String, ? extends R> failed) {
        return this instanceof Ok<T> value ? ok.apply(value.value()) : failed.apply(((Failed<T>) this).reason());
    }

    /** The reason, when this is a failure. */
    default Optional<String> failure() {
        return fold(value -> Optional.empty(), Optional::of);
    }

    default <U> ReadOutcome<U> then(Function<? super T, ReadOutcome<U>> next) {
        return fold(next, ReadOutcome::failed);
    }

    default <U> ReadOutcome<U> map(Function<? super T, ? extends U> function) {
        return then(value -> ok(function.apply(value)));
    }
}
