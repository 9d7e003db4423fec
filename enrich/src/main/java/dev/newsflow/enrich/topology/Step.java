package dev.newsflow.enrich.topology;

import java.util.function.Function;

import dev.newsflow.schemas.DeadLetter;

/**
 * The value between two stages: the stage's result, or the dead letter of the stage that failed. A failed
 * step passes through later stages untouched and is routed to the dead-letter topic at the end.
 */
sealed interface Step<T> {

    record Ok<T>(T value, Provenance provenance) implements Step<T> {
    }

    record Failed<T>(DeadLetter letter) implements Step<T> {
    }

    static <T> Step<T> ok(T value, Provenance provenance) {
        return new Ok<>(value, provenance);
    }

    /** Runs the next stage on a result; a failure of the stage becomes a dead letter naming it. */
    @SuppressWarnings("unchecked")
    default <R> Step<R> then(String stage, Function<T, R> function, DeadLetters letters) {
        if (this instanceof Ok<T> ok) {
            try {
                return new Ok<>(function.apply(ok.value()), ok.provenance());
            } catch (RuntimeException | StackOverflowError e) {
                return new Failed<>(letters.of(stage, e, ok.provenance(), ok.value()));
            }
        }
        return (Step<R>) this;
    }
}
