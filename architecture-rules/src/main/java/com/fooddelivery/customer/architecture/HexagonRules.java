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
 * The hexagon's boundaries as ArchUnit rules, in a jar of its own (ArchUnit its one dependency) so
 * another team points them at its own packages instead of keeping a copy. By default, under a base
 * package {@code B}: the domain {@code B.domain..} may use the JDK; the application
 * {@code B.application..} the JDK, the domain and {@code jakarta.inject}; each adapter
 * {@code B.adapter.(*)..} any library but never another adapter; the bootstrap {@code B.bootstrap..}
 * everything, and nothing may use it. "The JDK" leaves out its ways out of the process
 * ({@link #OUTSIDE_THE_CORE}), which a core reaches through a port.
 *
 * <p>A ring with no classes fails ("failed to check any classes") unless declared
 * {@linkplain Builder#mayBeEmpty may be empty}, so a mistyped package cannot pass silently. Each rule
 * is described, so a parameterised test names the broken boundary; {@code docs/embedding.md} shows a
 * team's layout, and {@code HexagonRulesTest} proves every rule can fail.
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

    /** The default layout's rules, every ring required: {@code forBasePackage(basePackage).rules()}. */
    public static List<ArchRule> of(String basePackage) {
        return forBasePackage(basePackage).rules();
    }

    /** The default layout under {@code basePackage}, every ring required, to adjust before {@link Builder#rules()}. */
    public static Builder forBasePackage(String basePackage) {
        return new Builder(basePackage);
    }

    /** Where a team's rings are and what they may use; {@link #rules()} reads the settings as they are then. */
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

        public Builder domain(String... packages) {
            domain = nonEmpty(packages, "domain");
            return this;
        }

        public Builder application(String... packages) {
            application = nonEmpty(packages, "application");
            return this;
        }

        public Builder bootstrap(String... packages) {
            bootstrap = nonEmpty(packages, "bootstrap");
            return this;
        }

        /** Adapters by a pattern whose capturing group names each; drops the default {@code B.adapter.(*)..}. */
        public Builder adapters(String slicePattern) {
            dropDefaultAdapters();
            adapterPattern = Objects.requireNonNull(slicePattern, "slicePattern");
            return this;
        }

        /** One adapter outside the pattern (a flat package of fakes, say); drops the default too. */
        public Builder adapter(String name, String... packages) {
            dropDefaultAdapters();
            namedAdapters.put(Objects.requireNonNull(name, "name"), nonEmpty(packages, "adapter " + name));
            return this;
        }

        /** Packages the domain, and so the application, may use besides the JDK: a core it builds on. */
        public Builder domainMayUse(String... packages) {
            domainMayUse.addAll(nonEmpty(packages, "domainMayUse"));
            return this;
        }

        public Builder applicationMayUse(String... packages) {
            applicationMayUse.addAll(nonEmpty(packages, "applicationMayUse"));
            return this;
        }

        /** Rings the team does not have (yet), whose rules then pass on no classes. */
        public Builder mayBeEmpty(Ring... rings) {
            mayBeEmpty.addAll(List.of(rings));
            return this;
        }

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
