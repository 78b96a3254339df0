package com.fooddelivery.customer.bootstrap.architecture;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.lang.ArchRule;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every boundary rule holds for the product's classes, and every rule fails on a fixture of
 * deliberate violations, so none of them can pass by matching nothing.
 */
class HexagonArchitectureTest {

    private static final String PRODUCT = "com.fooddelivery.customer";
    private static final String FIXTURE = "com.fooddelivery.customer.bootstrap.archfixture";

    /** Test classes and test jars (shared fakes, fixtures) are not the product. */
    private static final ImportOption PRODUCTION_ONLY = new ImportOption() {
        @Override
        public boolean includes(Location location) {
            return new ImportOption.DoNotIncludeTests().includes(location)
                    && !location.contains("-tests.jar") && !location.contains("/test-classes/");
        }
    };

    private static final JavaClasses PRODUCT_CLASSES = new ClassFileImporter()
            .withImportOption(PRODUCTION_ONLY)
            .importPackages(PRODUCT);

    private static final JavaClasses FIXTURE_CLASSES = new ClassFileImporter().importPackages(FIXTURE);

    static Stream<ArchRule> productRules() {
        return HexagonRules.of(PRODUCT).stream();
    }

    static Stream<ArchRule> fixtureRules() {
        return HexagonRules.of(FIXTURE).stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("productRules")
    void theProductKeepsTheRule(ArchRule rule) {
        assertThatCode(() -> rule.check(PRODUCT_CLASSES)).doesNotThrowAnyException();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtureRules")
    void theRuleCatchesADeliberateViolation(ArchRule rule) {
        assertThatThrownBy(() -> rule.check(FIXTURE_CLASSES)).isInstanceOf(AssertionError.class);
    }
}
