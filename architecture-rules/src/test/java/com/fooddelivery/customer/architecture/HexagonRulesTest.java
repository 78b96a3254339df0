package com.fooddelivery.customer.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fooddelivery.customer.architecture.HexagonRules.Ring;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every rule fails on a fixture of deliberate violations and names the classes that break it, in the
 * default layout ({@code fixture}) and in a configured one ({@code kitchen}: its own ring packages, a
 * named adapter, and a domain that builds on another product's core): no rule can pass by matching
 * nothing, nor fail for a reason other than its own. The options are each shown to change what the
 * rules report, both ways.
 */
class HexagonRulesTest {

    private static final String FIXTURE = "com.fooddelivery.customer.architecture.fixture";
    private static final String KITCHEN = "com.fooddelivery.customer.architecture.kitchen";
    /** Stands for the embedded product's core that the kitchen's domain builds on. */
    private static final String CORE = "com.fooddelivery.customer.architecture.core";

    private static final JavaClasses FIXTURE_CLASSES = new ClassFileImporter().importPackages(FIXTURE);
    private static final JavaClasses KITCHEN_CLASSES = new ClassFileImporter().importPackages(KITCHEN);

    /** Each rule, by how its description starts, and the classes and types its failure must name. */
    private static final Map<String, List<String>> CULPRITS = Map.of(
            "dependencies point inward", List.of("LeakyOrder"),
            "the domain depends", List.of("LeakyOrder", "MenuOverHttp"),
            "the application depends", List.of("NotifyKitchenBySlf4j", "PlaceOrderOverJdbc", "CookOverRmi"),
            "no jOOQ", List.of("LeakyOrder", "PlaceOrderOverJdbc", "MenuOverHttp", "CookOverRmi"),
            "no adapter imports another adapter", List.of("OrderRoute"),
            "nothing depends on bootstrap", List.of("OrderRoute"));

    private static final Map<String, List<String>> KITCHEN_CULPRITS = Map.of(
            "dependencies point inward", List.of("ChattyDish"),
            "the domain depends", List.of("ChattyDish", "org.slf4j.Logger"),
            "the application depends", List.of("CookOverJdbc", "javax.sql.DataSource"),
            "no jOOQ", List.of("CookOverJdbc"),
            "no adapter imports another adapter", List.of("OrderScreen", "TicketPrinter"),
            "nothing depends on bootstrap", List.of("OrderScreen", "KitchenConfig"));

    static Stream<ArchRule> rules() {
        return HexagonRules.of(FIXTURE).stream();
    }

    /** A team's own names for the rings, a flat package as a named adapter, and the core it builds on. */
    private static HexagonRules.Builder kitchen() {
        return HexagonRules.forBasePackage(KITCHEN)
                .domain(KITCHEN + ".model..")
                .application(KITCHEN + ".usecase..")
                .adapter("printing", KITCHEN + ".printing")
                .adapters(KITCHEN + ".infra.(*)..")
                .bootstrap(KITCHEN + ".config..");
    }

    static Stream<ArchRule> kitchenRules() {
        return kitchen().domainMayUse(CORE + "..").rules().stream();
    }

    @Test
    void everyRuleHasADeliberateViolationInBothFixtures() {
        assertThat(rules())
                .allSatisfy(rule -> assertThat(culprits(CULPRITS, rule)).isNotEmpty())
                .hasSize(6);
        assertThat(kitchenRules())
                .allSatisfy(rule -> assertThat(culprits(KITCHEN_CULPRITS, rule)).isNotEmpty());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void theRuleCatchesItsDeliberateViolation(ArchRule rule) {
        assertCatches(rule, FIXTURE_CLASSES, FIXTURE, CULPRITS);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kitchenRules")
    void theRuleCatchesItsDeliberateViolationInAConfiguredLayout(ArchRule rule) {
        assertCatches(rule, KITCHEN_CLASSES, KITCHEN, KITCHEN_CULPRITS);
    }

    @Test
    void jdbcTheHttpClientAndRmiAreNotTheJdkTheCoreMayUse() {
        assertThatThrownBy(() -> rule(rules(), "the domain depends").check(FIXTURE_CLASSES))
                .hasMessageContaining("<java.net.http.HttpClient>");
        assertThatThrownBy(() -> rule(rules(), "the application depends").check(FIXTURE_CLASSES))
                .hasMessageContainingAll("<java.sql.Connection>", "<javax.sql.DataSource>", "<java.rmi.Remote>");
    }

    @Test
    void whatTheDomainMayUseIsAllowedInTheDomainAndTheApplication() {
        assertThatThrownBy(() -> rule(kitchenRules(), "the domain depends").check(KITCHEN_CLASSES))
                .hasMessageContaining("ChattyDish")
                .hasMessageNotContaining("Recipe");
        assertThatThrownBy(() -> rule(kitchenRules(), "the application depends").check(KITCHEN_CLASSES))
                .hasMessageContaining("CookOverJdbc")
                .hasMessageNotContaining("CookDish");

        Stream<ArchRule> withoutTheCore = kitchen().rules().stream();
        assertThat(withoutTheCore.filter(rule -> rule.getDescription().startsWith("the ")))
                .hasSize(2)
                .allSatisfy(rule ->
                        assertThatThrownBy(() -> rule.check(KITCHEN_CLASSES)).hasMessageContaining(CORE + ".Price"));
    }

    @Test
    void whatTheApplicationMayUseIsNotAllowedInTheDomain() {
        List<ArchRule> rules = kitchen().applicationMayUse(CORE + "..").rules();

        assertThatThrownBy(() -> rule(rules.stream(), "the domain depends").check(KITCHEN_CLASSES))
                .hasMessageContaining("Recipe");
        assertThatThrownBy(() -> rule(rules.stream(), "the application depends").check(KITCHEN_CLASSES))
                .hasMessageNotContaining("CookDish");
    }

    /** The onion has no ring of its own: a missing ring is the failure of that ring's rule. */
    @Test
    void everyRingsRuleFailsOnCodeWithoutTheRingUnlessItMayBeEmpty() {
        JavaClasses noRings = new ClassFileImporter().importPackages(CORE);

        assertThat(rules().filter(rule -> !rule.getDescription().startsWith("dependencies point inward")))
                .hasSize(5)
                .allSatisfy(rule -> assertThatThrownBy(() -> rule.check(noRings))
                        .hasMessageContaining("failed to check any classes"));
        assertThat(HexagonRules.forBasePackage(FIXTURE)
                        .mayBeEmpty(Ring.values())
                        .rules())
                .allSatisfy(rule -> assertThatCode(() -> rule.check(noRings)).doesNotThrowAnyException());
    }

    @Test
    void aRingThatMayBeEmptyExcusesOnlyItsOwnRules() {
        JavaClasses adaptersAndConfig =
                new ClassFileImporter().importPackages(KITCHEN + ".printing", KITCHEN + ".infra", KITCHEN + ".config");
        List<ArchRule> rules =
                kitchen().mayBeEmpty(Ring.DOMAIN, Ring.APPLICATION).rules();

        for (String coreRule : List.of("the domain depends", "the application depends", "no jOOQ")) {
            assertThatCode(() -> rule(rules.stream(), coreRule).check(adaptersAndConfig))
                    .doesNotThrowAnyException();
            assertThatThrownBy(() -> rule(kitchen().rules().stream(), coreRule).check(adaptersAndConfig))
                    .hasMessageContaining("failed to check any classes");
        }
        for (String edgeRule : List.of("no adapter imports another adapter", "nothing depends on bootstrap")) {
            assertThatThrownBy(() -> rule(rules.stream(), edgeRule).check(adaptersAndConfig))
                    .hasMessageContaining("OrderScreen");
        }
    }

    private static void assertCatches(
            ArchRule rule, JavaClasses classes, String base, Map<String, List<String>> culprits) {
        assertThatThrownBy(() -> rule.check(classes))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(base + ".")
                .hasMessageContainingAll(culprits(culprits, rule).toArray(String[]::new));
    }

    private static List<String> culprits(Map<String, List<String>> culprits, ArchRule rule) {
        return culprits.entrySet().stream()
                .filter(entry -> rule.getDescription().startsWith(entry.getKey()))
                .flatMap(entry -> entry.getValue().stream())
                .toList();
    }

    private static ArchRule rule(Stream<ArchRule> rules, String descriptionStart) {
        return rules.filter(rule -> rule.getDescription().startsWith(descriptionStart))
                .findFirst()
                .orElseThrow();
    }
}
