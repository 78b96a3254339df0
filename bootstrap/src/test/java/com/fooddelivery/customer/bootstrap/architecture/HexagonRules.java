package com.fooddelivery.customer.bootstrap.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.onionArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;

/**
 * The hexagon's boundaries as ArchUnit rules, parameterised by the base package so the same rules
 * run against the product and against a fixture of deliberate violations.
 */
final class HexagonRules {

    private HexagonRules() {
    }

    static List<ArchRule> of(String base) {
        String domain = base + ".domain..";
        String application = base + ".application..";
        return List.of(
                onionArchitecture()
                        .domainModels(domain)
                        .applicationServices(application)
                        .adapter("persistence", base + ".adapter.persistence..")
                        .adapter("http", base + ".adapter.http..")
                        .adapter("payment", base + ".adapter.payment..")
                        // Bootstrap is the composition root and may wire every ring. The payment
                        // adapter has no classes until payments exist; an empty ring is allowed.
                        .ignoreDependency(resideInAPackage(base + ".bootstrap.."), DescribedPredicate.alwaysTrue())
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
                                "com.fasterxml.jackson..", "java.sql..", "javax.sql..", "org.eclipse.jetty..")
                        .as("no jOOQ, Javalin, Jackson or JDBC type reaches the core"),
                slices().matching(base + ".adapter.(*)..").should().notDependOnEachOther()
                        .as("no adapter imports another adapter"),
                noClasses().that().resideOutsideOfPackage(base + ".bootstrap..")
                        .should().dependOnClassesThat().resideInAPackage(base + ".bootstrap..")
                        .as("nothing depends on bootstrap"));
    }
}
