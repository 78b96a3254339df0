package com.fooddelivery.customer.architecture;

import com.tngtech.archunit.lang.ArchRule;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The hexagon's boundaries as ArchUnit rules, for any code base laid out in rings. It comes in its
 * own jar, {@code com.fooddelivery.customer:architecture-rules}, which depends on ArchUnit
 * ({@code com.tngtech.archunit:archunit}) alone: another team adds it as a test dependency and points
 * it at its own packages, with no copy to keep in step.
 *
 * <h2>The rings</h2>
 * Each ring is a set of ArchUnit package identifiers; by default, under the base package {@code B}:
 * <ul>
 *   <li>the <b>domain</b>, {@code B.domain..}: entities, value objects, rules and the outgoing ports.
 *       It may use the JDK, and whatever {@link Builder#domainMayUse} adds;</li>
 *   <li>the <b>application</b>, {@code B.application..}: the use cases. They may use the JDK, the
 *       domain (with what the domain may use), {@code jakarta.inject}, and whatever
 *       {@link Builder#applicationMayUse} adds;</li>
 *   <li>the <b>adapters</b>, {@code B.adapter.(*)..}: one package per adapter, named by the captured
 *       part ({@code B.adapter.persistence}, {@code B.adapter.http}, …). Adapters may use any library,
 *       but never each other. {@link Builder#adapters} changes the pattern, {@link Builder#adapter}
 *       names an adapter by its packages;</li>
 *   <li>the <b>bootstrap</b>, {@code B.bootstrap..}: the composition root, which may use everything
 *       and which nothing outside it may use.</li>
 * </ul>
 * "The JDK" here is {@code java..} without the JDK's own ways out of the process, which a core
 * reaches through a port: JDBC ({@code java.sql}, and {@code javax.sql}, which is not {@code java..}
 * anyway), the HTTP client ({@code java.net.http}) and RMI ({@code java.rmi}); see
 * {@link #OUTSIDE_THE_CORE}. No library of the service's adapters (jOOQ, Javalin, Jackson, Jetty,
 * Kafka) may reach the domain or the application either, even when an extra allowed package would
 * cover it.
 *
 * <p>Every ring must hold classes unless it is declared {@linkplain Builder#mayBeEmpty may be empty}:
 * a rule that checks nothing fails ("failed to check any classes"), so a mistyped package cannot let
 * the rules pass silently, while a team without a domain of its own, or with no adapters yet, says so.
 *
 * <h2>Use</h2>
 * A team that embeds this service's core keeps its own code in {@code com.example.kitchen} and lets
 * its domain and use cases use the core's types:
 * <pre>{@code
 * class ArchitectureTest {
 *     static final JavaClasses CLASSES = new ClassFileImporter()
 *             .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
 *             .importPackages("com.example.kitchen");
 *
 *     static Stream<ArchRule> rules() {
 *         return HexagonRules.forBasePackage("com.example.kitchen")
 *                 .domainMayUse("com.fooddelivery.customer.domain..")
 *                 .applicationMayUse("com.fooddelivery.customer.application..")
 *                 .mayBeEmpty(HexagonRules.Ring.BOOTSTRAP) // wired by the team's container
 *                 .rules().stream();
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
 * test names the broken boundary. That each rule can fail is proven where the rules live, against
 * fixtures of deliberate violations ({@code HexagonRulesTest}); a team should do the same with a few
 * deliberately broken classes in its test sources, laid out in its own rings, as
 * {@code docs/embedding-example} does.
 */
public final class HexagonRules {

    /** The JDK packages that leave the process (database, HTTP, remote calls): a core uses a port instead. */
    public static final List<String> OUTSIDE_THE_CORE =
            List.of("java.sql..", "javax.sql..", "java.net.http..", "java.rmi..");

    /** The rings of the hexagon, for {@link Builder#mayBeEmpty}. */
    public enum Ring {
        /** Entities, value objects, rules and ports. */
        DOMAIN,
        /** The use cases. */
        APPLICATION,
        /** Every adapter, named or matched by the pattern. */
        ADAPTERS,
        /** The composition root. */
        BOOTSTRAP
    }

    private HexagonRules() {}

    /**
     * The rules for the default layout under one base package, every ring required: the same as
     * {@code forBasePackage(basePackage).rules()}.
     *
     * @param basePackage the package that holds {@code domain}, {@code application}, {@code adapter}
     *                    and {@code bootstrap}, e.g. {@code "com.fooddelivery.customer"}
     * @return every rule, each described; check each against the imported classes of the base package
     */
    public static List<ArchRule> of(String basePackage) {
        return forBasePackage(basePackage).rules();
    }

    /**
     * A layout under one base package, to adjust before asking for its {@link Builder#rules()}.
     *
     * @param basePackage the package the default rings are named under, e.g. {@code "com.example.kitchen"}
     * @return the default layout: {@code domain..}, {@code application..}, {@code adapter.(*)..} and
     *         {@code bootstrap..} under the base package, every ring required, nothing extra allowed
     */
    public static Builder forBasePackage(String basePackage) {
        return new Builder(basePackage);
    }

    /**
     * Where a team's rings are and what they may use. Each method replaces or adds to one setting and
     * returns this builder; {@link #rules()} reads the settings as they are then.
     */
    public static final class Builder {

        private List<String> domain;
        private List<String> application;
        private List<String> bootstrap;
        private String adapterPattern;
        private final Map<String, List<String>> namedAdapters = new LinkedHashMap<>();
        private boolean adaptersSet;
        private final List<String> domainMayUse = new ArrayList<>();
        private final List<String> applicationMayUse = new ArrayList<>();
        private final Set<Ring> mayBeEmpty = EnumSet.noneOf(Ring.class);

        private Builder(String basePackage) {
            Objects.requireNonNull(basePackage, "basePackage");
            domain = List.of(basePackage + ".domain..");
            application = List.of(basePackage + ".application..");
            bootstrap = List.of(basePackage + ".bootstrap..");
            adapterPattern = basePackage + ".adapter.(*)..";
        }

        /**
         * Replaces the domain ring's packages.
         *
         * @param packages ArchUnit package identifiers, e.g. {@code "com.example.kitchen.model.."}
         */
        public Builder domain(String... packages) {
            domain = nonEmpty(packages, "domain");
            return this;
        }

        /**
         * Replaces the application ring's packages.
         *
         * @param packages ArchUnit package identifiers, e.g. {@code "com.example.kitchen.usecase.."}
         */
        public Builder application(String... packages) {
            application = nonEmpty(packages, "application");
            return this;
        }

        /**
         * Replaces the composition root's packages.
         *
         * @param packages ArchUnit package identifiers, e.g. {@code "com.example.kitchen.config.."}
         */
        public Builder bootstrap(String... packages) {
            bootstrap = nonEmpty(packages, "bootstrap");
            return this;
        }

        /**
         * Adapters found by a pattern whose one capturing group names the adapter. The first call to
         * this or {@link #adapter} drops the default {@code B.adapter.(*)..}.
         *
         * @param slicePattern e.g. {@code "com.example.kitchen.infra.(*).."}
         */
        public Builder adapters(String slicePattern) {
            dropDefaultAdapters();
            adapterPattern = Objects.requireNonNull(slicePattern, "slicePattern");
            return this;
        }

        /**
         * One adapter, named, in packages of its own: for an adapter that does not sit under the
         * pattern, such as a flat package of in-memory adapters. The first call to this or
         * {@link #adapters} drops the default {@code B.adapter.(*)..}.
         *
         * @param name     how failures name it, e.g. {@code "in-memory"}
         */
        public Builder adapter(String name, String... packages) {
            dropDefaultAdapters();
            namedAdapters.put(Objects.requireNonNull(name, "name"), nonEmpty(packages, "adapter " + name));
            return this;
        }

        /**
         * Packages the domain may use besides the JDK, such as another product's domain it builds on;
         * the application may use them too.
         *
         * @param packages ArchUnit package identifiers, e.g. {@code "com.fooddelivery.customer.domain.."}
         */
        public Builder domainMayUse(String... packages) {
            domainMayUse.addAll(nonEmpty(packages, "domainMayUse"));
            return this;
        }

        /**
         * Packages the application may use besides the JDK, the domain and {@code jakarta.inject}.
         *
         * @param packages ArchUnit package identifiers, e.g. {@code "com.fooddelivery.customer.application.."}
         */
        public Builder applicationMayUse(String... packages) {
            applicationMayUse.addAll(nonEmpty(packages, "applicationMayUse"));
            return this;
        }

        /**
         * Rings the team does not have (yet): their rules pass when the ring holds no class, instead
         * of failing with "failed to check any classes".
         */
        public Builder mayBeEmpty(Ring... rings) {
            mayBeEmpty.addAll(List.of(rings));
            return this;
        }

        /**
         * The rules of this layout.
         *
         * @return every rule, each described; check each against the imported classes of the team's code
         */
        public List<ArchRule> rules() {
            return new LayoutRules(
                            domain,
                            application,
                            bootstrap,
                            adapterPattern,
                            namedAdapters,
                            domainMayUse,
                            applicationMayUse,
                            mayBeEmpty)
                    .all();
        }

        private void dropDefaultAdapters() {
            if (!adaptersSet) {
                adapterPattern = null;
                adaptersSet = true;
            }
        }
    }

    private static List<String> nonEmpty(String[] packages, String what) {
        if (packages == null || packages.length == 0) {
            throw new IllegalArgumentException(what + " needs at least one package");
        }
        return List.of(packages);
    }
}
