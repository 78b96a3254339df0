package com.fooddelivery.customer.adapter.persistence;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Initialises jOOQ's data types before any test class runs. The module runs two test classes at once, and
 * test classes' static fields touch jOOQ from both sides of its class initialisation cycle ({@link JooqTypes}):
 * WriteTextTest's {@code DSL.using} and PrerenderedQueryTest's {@code DSL.field} once hung the run for good.
 * Registered in {@code META-INF/services}, so it also runs for tests that use this module's test jar.
 */
public final class JooqTypesFirst implements LauncherSessionListener {

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        JooqTypes.load();
    }
}
