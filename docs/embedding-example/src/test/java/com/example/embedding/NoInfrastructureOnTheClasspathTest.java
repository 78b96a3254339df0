package com.example.embedding;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The enforcer's {@code bannedDependencies} in this module's pom keeps the service's infrastructure
 * off the build; this test checks what actually ended up on the classpath the journey ran with.
 */
class NoInfrastructureOnTheClasspathTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "org.jooq.DSLContext",
            "io.javalin.Javalin",
            "com.fasterxml.jackson.databind.ObjectMapper",
            "org.postgresql.Driver",
            "com.zaxxer.hikari.HikariDataSource"})
    void isNotLoadable(String className) {
        assertThatThrownBy(() -> Class.forName(className, false, getClass().getClassLoader()))
                .isInstanceOf(ClassNotFoundException.class);
    }
}
