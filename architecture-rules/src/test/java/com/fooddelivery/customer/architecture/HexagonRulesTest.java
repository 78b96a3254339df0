package com.fooddelivery.customer.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every rule fails on {@code fixture}, a code base of deliberate violations laid out as the rules
 * expect, and names the class that breaks it: no rule can pass by matching nothing, nor fail for a
 * reason other than its own.
 */
class HexagonRulesTest {

    private static final String FIXTURE = "com.fooddelivery.customer.architecture.fixture";

    private static final JavaClasses FIXTURE_CLASSES = new ClassFileImporter().importPackages(FIXTURE);

    /** Each rule, by its description, and the fixture class that breaks it. */
    private static final Map<String, String> CULPRITS = Map.of(
            "dependencies point inward: adapters -> application -> domain", "LeakyOrder",
            "the domain depends on the JDK alone", "LeakyOrder",
            "the application depends on the domain and jakarta.inject alone", "NotifyKitchenBySlf4j",
            "no jOOQ, Javalin, Jackson, Kafka or JDBC type reaches the core", "PlaceOrderOverJdbc",
            "no adapter imports another adapter", "OrderRoute",
            "nothing depends on bootstrap", "OrderRoute");

    static Stream<ArchRule> rules() {
        return HexagonRules.of(FIXTURE).stream();
    }

    @Test
    void everyRuleHasADeliberateViolationInTheFixture() {
        assertThat(rules().map(ArchRule::getDescription)).containsExactlyInAnyOrderElementsOf(CULPRITS.keySet());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void theRuleCatchesItsDeliberateViolation(ArchRule rule) {
        assertThatThrownBy(() -> rule.check(FIXTURE_CLASSES))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(FIXTURE + ".")
                .hasMessageContaining(CULPRITS.get(rule.getDescription()));
    }
}
