package com.example.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class Pbkdf2PasswordHasherTest {

    private final Pbkdf2PasswordHasher hasher = new Pbkdf2PasswordHasher(1_000);

    @Test
    void aHashMatchesItsPasswordOnlyAndNeverContainsIt() {
        String hash = hasher.hash("correct horse battery");

        assertThat(hash).doesNotContain("correct horse battery");
        assertThat(hasher.matches("correct horse battery", hash)).isTrue();
        assertThat(hasher.matches("correct horse batterY", hash)).isFalse();
        assertThat(hasher.hash("correct horse battery")).isNotEqualTo(hash);
    }

    @Test
    void hashesMadeWithFewerRoundsNeedARehash() {
        assertThat(hasher.needsRehash(new Pbkdf2PasswordHasher(500).hash("pw"))).isTrue();
        assertThat(hasher.needsRehash(hasher.hash("pw"))).isFalse();
    }
}
