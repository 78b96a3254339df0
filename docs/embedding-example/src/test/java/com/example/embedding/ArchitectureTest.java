package com.example.embedding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fooddelivery.customer.architecture.HexagonRules;
import com.fooddelivery.customer.architecture.HexagonRules.Ring;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * This team keeps its own code hexagonal with the product's published rules, configured for its own
 * layout and nothing else: they hold for its production classes, and each fails on a deliberately broken
 * class in its test sources, laid out in the same rings.
 */
class ArchitectureTest {

    private static final String TEAM = "com.example.embedding";

    /**
     * The team's layout: its in-memory adapters and their wiring sit in the flat base package; adapters
     * to come go under {@code adapter.<name>}. Its domain and use cases (none yet) build on the core.
     */
    static Stream<ArchRule> rules() {
        return HexagonRules.forBasePackage(TEAM)
                .adapter("in-memory", TEAM)
                .adapters(TEAM + ".adapter.(*)..")
                .domainMayUse("com.fooddelivery.customer.domain..")
                .applicationMayUse("com.fooddelivery.customer.application..")
                .mayBeEmpty(Ring.DOMAIN, Ring.APPLICATION, Ring.BOOTSTRAP)
                .rules().stream();
    }

    private static final JavaClasses PRODUCTION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(TEAM);

    /** The test sources' rings: the deliberately broken classes and the allowed ones beside them. */
    private static final JavaClasses BROKEN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.ONLY_INCLUDE_TESTS)
            .importPackages(TEAM + ".domain", TEAM + ".application", TEAM + ".adapter", TEAM + ".bootstrap");

    /** Each rule, by how its description starts, and what its failure on the broken classes must name. */
    private static final Map<String, List<String>> CULPRITS = Map.of(
            "dependencies point inward", List.of("DiscountFromTheWarehouse", "KitchenTicketPrinter"),
            "the domain depends", List.of("DiscountFromTheWarehouse", "java.net.http.HttpClient"),
            "the application depends", List.of("DiscountsOverJdbc", "java.sql.Connection"),
            "no jOOQ", List.of("DiscountFromTheWarehouse", "DiscountsOverJdbc"),
            "no adapter imports another adapter", List.of("CourierNotifier", "KitchenTicketPrinter"),
            "nothing depends on bootstrap", List.of("CourierNotifier", "KitchenWiring"));

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void theTeamsCodeKeepsTheRule(ArchRule rule) {
        assertThatCode(() -> rule.check(PRODUCTION)).doesNotThrowAnyException();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void theRuleReportsTheDeliberateBreak(ArchRule rule) {
        assertThat(culprits(rule)).as("a deliberate break for every rule").isNotEmpty();
        assertThatThrownBy(() -> rule.check(BROKEN))
                .isInstanceOf(AssertionError.class)
                .hasMessageContainingAll(culprits(rule).toArray(String[]::new));
    }

    @Test
    void theTeamsDomainAndUseCasesMayBuildOnTheCore() {
        assertThatThrownBy(() -> rule("the domain depends").check(BROKEN))
                .hasMessageNotContaining("LoyaltyDiscount");
        assertThatThrownBy(() -> rule("the application depends").check(BROKEN))
                .hasMessageNotContaining("ApplyLoyaltyDiscount");
    }

    /** The rules see this team's code: the in-memory adapters are a required ring, checked. */
    @Test
    void theRulesCheckTheTeamsAdapters() {
        assertThat(PRODUCTION.stream().filter(javaClass -> javaClass.getPackageName().equals(TEAM)))
                .isNotEmpty();
        assertThatThrownBy(() -> rule("no adapter imports another adapter")
                .check(new ClassFileImporter().importPackages("com.example.nothing.here")))
                .hasMessageContaining("failed to check any classes");
    }

    private static List<String> culprits(ArchRule rule) {
        return CULPRITS.entrySet().stream()
                .filter(entry -> rule.getDescription().startsWith(entry.getKey()))
                .flatMap(entry -> entry.getValue().stream())
                .toList();
    }

    private static ArchRule rule(String descriptionStart) {
        return rules().filter(rule -> rule.getDescription().startsWith(descriptionStart)).findFirst().orElseThrow();
    }
}
