package com.fooddelivery.customer.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;

class CausesTest {

    @Test
    void theChainRunsFromTheFailureToItsDeepestCause() {
        IOException root = new IOException("reset");
        RuntimeException failure = new IllegalStateException("outer", new UncheckedIOException(root));

        assertThat(Causes.root(failure)).isSameAs(root);
        assertThat(Causes.include(failure, IOException.class)).isTrue();
        assertThat(Causes.include(failure, IllegalStateException.class))
                .as("the failure itself counts")
                .isTrue();
        assertThat(Causes.include(failure, ArithmeticException.class)).isFalse();
    }

    @Test
    void aCyclicChainEndsInsteadOfLooping() {
        RuntimeException first = new RuntimeException("first");
        RuntimeException second = new RuntimeException("second", first);
        first.initCause(second);

        assertThat(Causes.of(first)).hasSizeLessThanOrEqualTo(16);
        assertThat(Causes.include(first, IOException.class)).isFalse();
    }
}
