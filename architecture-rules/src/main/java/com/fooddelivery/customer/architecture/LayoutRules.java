package com.fooddelivery.customer.architecture;

import static com.fooddelivery.customer.architecture.HexagonRules.OUTSIDE_THE_CORE;
import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.onionArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.fooddelivery.customer.architecture.HexagonRules.Ring;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.Architectures.OnionArchitecture;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The rules one layout of {@link HexagonRules.Builder} makes, each described so that a failure names
 * the broken boundary. Built and read at once by {@link HexagonRules.Builder#rules()}.
 */
record LayoutRules(
        List<String> domain,
        List<String> application,
        List<String> bootstrap,
        String adapterPattern,
        Map<String, List<String>> namedAdapters,
        List<String> domainMayUse,
        List<String> applicationMayUse,
        Set<Ring> mayBeEmpty) {

    /** The service's adapter libraries, kept out of the core even if an extra allowed package covers them. */
    private static final List<String> ADAPTER_LIBRARIES = List.of(
            "org.jooq..", "io.javalin..", "com.fasterxml.jackson..", "org.eclipse.jetty..", "org.apache.kafka..");

    /** Every rule of the layout. */
    List<ArchRule> all() {
        return List.of(
                dependenciesPointInward(),
                domainRule(),
                applicationRule(),
                noAdapterLibraryInTheCore(),
                adaptersIndependent(),
                nothingDependsOnBootstrap());
    }

    private ArchRule dependenciesPointInward() {
        OnionArchitecture onion =
                onionArchitecture().domainModels(array(domain)).applicationServices(array(application));
        namedAdapters.forEach((name, packages) -> onion.adapter(name, array(packages)));
        if (adapterPattern != null) {
            onion.adapter("adapters", adapterPattern);
        }
        // Bootstrap is the composition root and may wire every ring. Rings are optional here (the onion's
        // allowEmptyShould(false) would make every layer required, domain services included, which this
        // layout does not have): each ring's own rule below fails when a required ring is empty.
        return onion.ignoreDependency(resideInAnyPackage(array(bootstrap)), DescribedPredicate.alwaysTrue())
                .withOptionalLayers(true)
                .as("dependencies point inward: adapters -> application -> domain");
    }

    private ArchRule domainRule() {
        return classes()
                .that()
                .resideInAnyPackage(array(domain))
                .should()
                .onlyDependOnClassesThat(theJdk().or(resideInAnyPackage(array(domainAllowed()))))
                .as("the domain depends on the JDK" + extras(domainMayUse) + " alone")
                .allowEmptyShould(mayBeEmpty.contains(Ring.DOMAIN));
    }

    private ArchRule applicationRule() {
        List<String> allowed = new ArrayList<>(domainAllowed());
        allowed.addAll(application);
        allowed.add("jakarta.inject..");
        allowed.addAll(applicationMayUse);
        List<String> extras = new ArrayList<>(domainMayUse);
        extras.addAll(applicationMayUse);
        return classes()
                .that()
                .resideInAnyPackage(array(application))
                .should()
                .onlyDependOnClassesThat(theJdk().or(resideInAnyPackage(array(allowed))))
                .as("the application depends on the domain and jakarta.inject" + extras(extras) + " alone")
                .allowEmptyShould(mayBeEmpty.contains(Ring.APPLICATION));
    }

    private ArchRule noAdapterLibraryInTheCore() {
        List<String> core = new ArrayList<>(domain);
        core.addAll(application);
        return noClasses()
                .that()
                .resideInAnyPackage(array(core))
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(array(Stream.concat(ADAPTER_LIBRARIES.stream(), OUTSIDE_THE_CORE.stream())
                        .toList()))
                .as("no jOOQ, Javalin, Jackson, Kafka, JDBC, HTTP client or RMI type reaches the core")
                .allowEmptyShould(mayBeEmpty.containsAll(EnumSet.of(Ring.DOMAIN, Ring.APPLICATION)));
    }

    private ArchRule adaptersIndependent() {
        return slices().assignedFrom(new AdapterSlices(namedAdapters, adapterPattern))
                .should()
                .notDependOnEachOther()
                .as("no adapter imports another adapter")
                .allowEmptyShould(mayBeEmpty.contains(Ring.ADAPTERS));
    }

    private ArchRule nothingDependsOnBootstrap() {
        // Checked from the bootstrap's side, so that a missing composition root is noticed.
        return classes()
                .that()
                .resideInAnyPackage(array(bootstrap))
                .should()
                .onlyHaveDependentClassesThat()
                .resideInAnyPackage(array(bootstrap))
                .as("nothing depends on bootstrap")
                .allowEmptyShould(mayBeEmpty.contains(Ring.BOOTSTRAP));
    }

    private List<String> domainAllowed() {
        List<String> allowed = new ArrayList<>(domain);
        allowed.addAll(domainMayUse);
        return allowed;
    }

    /** {@code java..} without the JDK packages that leave the process. */
    private static DescribedPredicate<JavaClass> theJdk() {
        return resideInAnyPackage("java..")
                .and(not(resideInAnyPackage(array(OUTSIDE_THE_CORE))))
                .as("the JDK without " + String.join(", ", OUTSIDE_THE_CORE));
    }

    private static String extras(List<String> packages) {
        return packages.isEmpty() ? "" : " and " + String.join(", ", packages);
    }

    static String[] array(List<String> packages) {
        return packages.toArray(String[]::new);
    }
}
