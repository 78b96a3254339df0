package com.fooddelivery.customer.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;
import com.sun.management.ThreadMXBean;
import java.lang.management.ManagementFactory;
import java.util.HashMap;
import java.util.Map;
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
        assertThat(hasher.matches("correct horse battery", weak))
                .as("old hashes still verify")
                .isTrue();
    }

    @Test
    void theNativeLibraryComputesTheHashesAndReadsThoseOfPassword4j() {
        String byPassword4j = Password.hash("correct horse battery")
                .addRandomSalt(16)
                .with(Argon2Function.getInstance(19 * 1024, 2, 1, 32, Argon2.ID))
                .getResult();
        String byArgon2i = Password.hash("correct horse battery")
                .addRandomSalt(16)
                .with(Argon2Function.getInstance(8 * 1024, 2, 1, 32, Argon2.I))
                .getResult();
        String ours = hasher.hash("correct horse battery");

        assertThat(hasher.isNative()).as("libargon2 loads on this platform").isTrue();
        assertThat(hasher.matches("correct horse battery", byPassword4j))
                .as("hashes stored before still verify")
                .isTrue();
        assertThat(hasher.matches("correct horse batterY", byPassword4j)).isFalse();
        assertThat(hasher.matches("correct horse battery", byArgon2i))
                .as("argon2i through password4j")
                .isTrue();
        assertThat(Password.check("correct horse battery", ours).with(Argon2Function.getInstanceFromHash(ours)))
                .as("and password4j reads the native library's hashes")
                .isTrue();
    }

    @Test
    void theNativeLibraryLeavesNoHashMemoryOnTheJavaHeap() {
        // A parameter set no other test uses: password4j would allocate its whole memory on first sight and keep it.
        int memoryKib = 19 * 1024 + 8;
        Map<Long, Long> before = allocatedByThisAndHashingThreads();

        Argon2idPasswordHasher hasher = new Argon2idPasswordHasher(memoryKib, 2);
        String hash = hasher.hash("correct horse battery");
        boolean matches = hasher.matches("correct horse battery", hash);
        boolean rehash = hasher.needsRehash(hash);

        // The hashes run on the hashing threads: what they allocated counts, new ones from zero.
        long allocated = allocatedByThisAndHashingThreads().entrySet().stream()
                .mapToLong(thread -> thread.getValue() - before.getOrDefault(thread.getKey(), 0L))
                .sum();
        assertThat(hash).startsWith("$argon2id$v=19$m=19464,t=2,p=1$");
        assertThat(matches).isTrue();
        assertThat(rehash).isFalse();
        assertThat(allocated).as("bytes allocated on the Java heap").isLessThan(memoryKib * 1024L / 4);
    }

    /** Bytes allocated on the Java heap so far by this thread and every password-hashing thread, by thread id. */
    private static Map<Long, Long> allocatedByThisAndHashingThreads() {
        ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        Map<Long, Long> allocated = new HashMap<>();
        Thread.getAllStackTraces().keySet().stream()
                .filter(thread ->
                        thread == Thread.currentThread() || thread.getName().startsWith(HashingSlots.THREAD_NAME))
                .forEach(thread -> allocated.put(thread.getId(), threads.getThreadAllocatedBytes(thread.getId())));
        return allocated;
    }

    @Test
    void aHashWithoutItsPartsIsNeitherMatchedNorKept() {
        String truncated = "$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHRzYWx0";

        assertThat(hasher.matches("correct horse battery", truncated)).isFalse();
        assertThat(hasher.needsRehash(truncated)).isTrue();
    }
}
