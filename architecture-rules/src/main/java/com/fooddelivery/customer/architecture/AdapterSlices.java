package com.fooddelivery.customer.architecture;

import static com.fooddelivery.customer.architecture.LayoutRules.array;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.PackageMatcher;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.util.List;
import java.util.Map;

/** Each named adapter is one slice; a class under the pattern is the slice its captured group names. */
record AdapterSlices(Map<String, List<String>> named, String pattern) implements SliceAssignment {

    AdapterSlices {
        named = Map.copyOf(named);
    }

    @Override
    public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
        for (Map.Entry<String, List<String>> adapter : named.entrySet()) {
            if (resideInAnyPackage(array(adapter.getValue())).test(javaClass)) {
                return SliceIdentifier.of(adapter.getKey());
            }
        }
        if (pattern == null) {
            return SliceIdentifier.ignore();
        }
        return PackageMatcher.of(pattern)
                .match(javaClass.getPackageName())
                .map(result -> SliceIdentifier.of(result.getGroup(1)))
                .orElse(SliceIdentifier.ignore());
    }

    @Override
    public String getDescription() {
        return "adapters " + named.keySet() + (pattern == null ? "" : " and " + pattern);
    }
}
