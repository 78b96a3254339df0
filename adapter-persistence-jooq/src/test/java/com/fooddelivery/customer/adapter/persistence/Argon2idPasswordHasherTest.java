package com.fooddelivery.customer.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class Argon2idPasswordHasherTest {

    private final Argon2idPasswordHasher hasher = new Argon2idPasswordHasher();

    @Test
    void hashesInPhcFormWithOwaspParametersAndARandomSalt() {
        String hash = hasher.hash("correct horse battery");

        assertThat(hash).startsWith("$argon2id$v=19$m=19456,t=2,p=1$").doesNotContain("correct horse");
        assertThat(hasher.hash("correct horse battery")).isNotEqualTo(hash);
    }

    @Test
    void matchesOnlyTheRightPassword() {
        String hash = hasher.hash("correct horse battery");

        assertThat(hasher.matches("correct horse battery", hash)).isTrue();
        assertThat(hasher.matches("correct horse batterY", hash)).isFalse();
        assertThat(hasher.matches("correct horse battery", "not a hash")).isFalse();
        assertThat(hasher.matches("correct horse battery", "$argon2id$garbage")).isFalse();
    }

    @Test
    void weakerHashesAreDueForRehash() {
        String weak = new Argon2idPasswordHasher(8 * 1024, 1).hash("correct horse battery");

        assertThat(hasher.needsRehash(weak)).isTrue();
        assertThat(hasher.needsRehash(hasher.hash("correct horse battery"))).isFalse();
        assertThat(hasher.matches("correct horse battery", weak)).as("old hashes still verify").isTrue();
    }
}
