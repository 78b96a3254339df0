package com.fooddelivery.customer.bootstrap.architecture;

import static org.assertj.core.api.Assertions.assertThatCode;

import com.fooddelivery.customer.architecture.HexagonRules;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.lang.ArchRule;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every boundary rule of {@link HexagonRules} holds for the product's classes. That each rule can
 * fail at all is proven in the rules' own module, against a fixture of deliberate violations.
 */
class HexagonArchitectureTest {

    private static final String PRODUCT = "com.fooddelivery.customer";

    /** Test classes and test jars (shared fakes, fixtures) are not the product. */
    private static final ImportOption PRODUCTION_ONLY = new ImportOption() {
        @Override
        public boolean includes(Location location) {
            return new ImportOption.DoNotIncludeTests().includes(location)
                    && !location.contains("-tests.jar")
                    && !location.contains("/test-classes/");
        }
    };

    private static final JavaClasses PRODUCT_CLASSES =
            new ClassFileImporter().withImportOption(PRODUCTION_ONLY).importPackages(PRODUCT);

    static Stream<ArchRule> productRules() {
        return HexagonRules.of(PRODUCT).stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("productRules")
    void theProductKeepsTheRule(ArchRule rule) {
        assertThatCode(() -> rule.check(PRODUCT_CLASSES)).doesNotThrowAnyException();
    }
}
