package com.fooddelivery.customer.adapter.http;

import java.util.stream.Stream;

/** Walks a failure's cause chain, the one place that does, bounded so a cyclic chain cannot loop. */
final class Causes {

    /** Real chains are three or four deep; one longer than this is not worth walking. */
    private static final int MAX_DEPTH = 16;

    private Causes() {}

    /** The failure, then its cause, then that one's cause, and so on. */
    static Stream<Throwable> of(Throwable failure) {
        return Stream.iterate(
                        failure, cause -> cause != null, cause -> cause.getCause() == cause ? null : cause.getCause())
                .limit(MAX_DEPTH);
    }

    /** Whether {@code type} is anywhere in the chain, the failure included. */
    static boolean include(Throwable failure, Class<? extends Throwable> type) {
        return of(failure).anyMatch(type::isInstance);
    }

    /** The deepest cause within reach. */
    static Throwable root(Throwable failure) {
        return of(failure).reduce((outer, inner) -> inner).orElse(failure);
    }
}
