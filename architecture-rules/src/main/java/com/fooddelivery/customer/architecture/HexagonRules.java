package com.fooddelivery.customer.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.onionArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;

/**
 * The hexagon's boundaries as ArchUnit rules, for any code base laid out like this one. It comes in
 * its own jar, {@code com.fooddelivery.customer:architecture-rules}, which depends on ArchUnit
 * ({@code com.tngtech.archunit:archunit}) alone: another team adds it as a test dependency and points
 * it at its own base package, with no copy to keep in step.
 *
 * <h2>Expected layout</h2>
 * Under the base package {@code B}:
 * <ul>
 *   <li>{@code B.domain..}: entities, value objects, rules and the outgoing ports (interfaces). It may
 *       use the JDK ({@code java..}) and nothing else;</li>
 *   <li>{@code B.application..}: the use cases. They may use the JDK, the domain and
 *       {@code jakarta.inject} annotations, and nothing else;</li>
 *   <li>{@code B.adapter.<name>..}: one package per adapter ({@code B.adapter.persistence},
 *       {@code B.adapter.http}, …), implementing ports or calling use cases. Adapters may use any
 *       library, but never each other;</li>
 *   <li>{@code B.bootstrap..}: the composition root, which may use everything and which nothing else
 *       may use.</li>
 * </ul>
 * Any of the rings may be empty or missing (a team with no adapters yet still gets the other rules).
 * Besides the layering, no jOOQ, Javalin, Jackson, JDBC ({@code java.sql}, {@code javax.sql}) or Jetty
 * type may reach the domain or the application, even through a catch-all package.
 *
 * <h2>Use</h2>
 * <pre>{@code
 * class ArchitectureTest {
 *     static final JavaClasses CLASSES = new ClassFileImporter()
 *             .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
 *             .importPackages("com.example.shop");
 *
 *     static Stream<ArchRule> rules() {
 *         return HexagonRules.of("com.example.shop").stream();
 *     }
 *
 *     @ParameterizedTest(name = "{0}")
 *     @MethodSource("rules")
 *     void holds(ArchRule rule) {
 *         rule.check(CLASSES);
 *     }
 * }
 * }</pre>
 * Each rule carries a readable description ({@link ArchRule#getDescription()}), so a parameterised
 * test names the broken boundary. That each rule can fail is proven where the rules live, against a
 * fixture of deliberate violations ({@code HexagonRulesTest}); a team whose own layout differs (other
 * package names, say) should do the same with a fixture of its own, or a rule whose packages match
 * nothing of its code could pass silently.
 */
public final class HexagonRules {

    private HexagonRules() {
    }

    /**
     * The rules for the classes under one base package.
     *
     * @param basePackage the package that holds {@code domain}, {@code application}, {@code adapter}
     *                    and {@code bootstrap}, e.g. {@code "com.fooddelivery.customer"}
     * @return every rule, each described; check each against the imported classes of the base package
     */
    public static List<ArchRule> of(String basePackage) {
        String domain = basePackage + ".domain..";
        String application = basePackage + ".application..";
        String adapters = basePackage + ".adapter..";
        String bootstrap = basePackage + ".bootstrap..";
        return List.of(
                onionArchitecture()
                        .domainModels(domain)
                        .applicationServices(application)
                        .adapter("adapters", adapters)
                        // Bootstrap is the composition root and may wire every ring; rings may be empty.
                        .ignoreDependency(resideInAPackage(bootstrap), DescribedPredicate.alwaysTrue())
                        .withOptionalLayers(true)
                        .as("dependencies point inward: adapters -> application -> domain"),
                classes().that().resideInAPackage(domain)
                        .should().onlyDependOnClassesThat().resideInAnyPackage("java..", domain)
                        .as("the domain depends on the JDK alone"),
                classes().that().resideInAPackage(application)
                        .should().onlyDependOnClassesThat().resideInAnyPackage("java..", domain, application,
                                "jakarta.inject..")
                        .as("the application depends on the domain and jakarta.inject alone"),
                noClasses().that().resideInAnyPackage(domain, application)
                        .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", "io.javalin..",
                                "com.fasterxml.jackson..", "java.sql..", "javax.sql..", "org.eclipse.jetty..",
                                "org.apache.kafka..")
                        .as("no jOOQ, Javalin, Jackson, Kafka or JDBC type reaches the core"),
                slices().matching(basePackage + ".adapter.(*)..").should().notDependOnEachOther()
                        .as("no adapter imports another adapter"),
                noClasses().that().resideOutsideOfPackage(bootstrap)
                        .should().dependOnClassesThat().resideInAPackage(bootstrap)
                        .as("nothing depends on bootstrap"));
    }
}
