package com.fooddelivery.customer.adapter.persistence;

import com.fooddelivery.customer.domain.customer.PasswordHasher;
import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;
import de.mkammerer.argon2.Argon2Advanced;
import de.mkammerer.argon2.Argon2Factory;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Argon2id in PHC string form ({@code $argon2id$v=19$m=…,t=…,p=…$salt$hash}), the format of the
 * {@code password} column. Parameters default to OWASP's minimum for Argon2id: 19 MiB, two passes,
 * one lane. A stored hash made with weaker parameters is reported for rehashing.
 *
 * <p>Each hash takes its full memory at once, so at most one hash per core runs at a time: a burst
 * of sign-ins then waits its turn instead of exhausting the heap, and the CPU was the limit anyway.
 * Only so many per core may wait ({@value #DEFAULT_WAITING_PER_CORE} by default); a hash beyond those is refused at once with
 * {@link com.fooddelivery.customer.domain.shared.ServiceUnavailableException} (503, {@code Retry-After}).
 * The hashes run on one thread per core of their own ({@link HashingSlots}), which reuse the memory their
 * last hash freed.
 *
 * <p>Argon2id hashes are computed by libargon2, the reference C implementation, whose memory lies off the
 * Java heap: it ran 3.5–5 times password4j's rate here, and sign-ins no longer fill the heap with 19 MiB
 * arrays. Both write and read the same PHC strings, so every stored hash still verifies. Where the library
 * cannot load, and for the older argon2i and argon2d variants, password4j computes them. Parameters are
 * read by {@link Argon2Parameters}, not password4j, which would keep a hash's whole memory on the heap.
 */
public final class Argon2idPasswordHasher implements PasswordHasher {

    /** OWASP Password Storage Cheat Sheet: m = 19 MiB. */
    public static final int DEFAULT_MEMORY_KIB = 19 * 1024;
    /** OWASP: t = 2. */
    public static final int DEFAULT_ITERATIONS = 2;

    private static final int PARALLELISM = 1;
    private static final int HASH_BYTES = 32;
    private static final int SALT_BYTES = 16;
    /** Hashes that may queue per core: a few hundred milliseconds of work, so a waiter is served soon. */
    public static final int DEFAULT_WAITING_PER_CORE = 4;

    private final int memoryKib;
    private final int iterations;
    private final HashingSlots slots;
    private final Optional<Argon2Advanced> nativeArgon2id = loadNative();

    public Argon2idPasswordHasher() {
        this(DEFAULT_MEMORY_KIB, DEFAULT_ITERATIONS);
    }

    /**
     * @param memoryKib  memory per hash in KiB
     * @param iterations passes over the memory
     */
    public Argon2idPasswordHasher(int memoryKib, int iterations) {
        this(memoryKib, iterations, DEFAULT_WAITING_PER_CORE);
    }

    /**
     * @param memoryKib      memory per hash in KiB
     * @param iterations     passes over the memory
     * @param waitingPerCore hashes that may wait per core before more are refused
     */
    public Argon2idPasswordHasher(int memoryKib, int iterations, int waitingPerCore) {
        int cores = Runtime.getRuntime().availableProcessors();
        this.slots = new HashingSlots(cores, cores * waitingPerCore);
        if (memoryKib < 8 * PARALLELISM || iterations < 1) {
            throw new IllegalArgumentException("Argon2 needs at least 8 KiB per lane and one pass");
        }
        this.memoryKib = memoryKib;
        this.iterations = iterations;
    }

    @Override
    public String hash(String password) {
        if (nativeArgon2id.isPresent()) {
            return bounded(() ->
                    withChars(password, chars -> nativeArgon2id.get().hash(iterations, memoryKib, PARALLELISM, chars)));
        }
        // password4j's instance holds the hash's whole memory for good: it exists only where libargon2 does not load.
        Argon2Function function = Argon2Function.getInstance(memoryKib, iterations, PARALLELISM, HASH_BYTES, Argon2.ID);
        return bounded(() ->
                Password.hash(password).addRandomSalt(SALT_BYTES).with(function).getResult());
    }

    @Override
    public boolean matches(String password, String hash) {
        Optional<Argon2Parameters> parameters = Argon2Parameters.of(hash);
        if (parameters.isEmpty()) {
            return false;
        }
        try {
            if (nativeArgon2id.isPresent() && parameters.get().isArgon2id()) {
                return bounded(
                        () -> withChars(password, chars -> nativeArgon2id.get().verify(hash, chars)));
            }
            Argon2Function stored = Argon2Function.getInstanceFromHash(hash);
            return bounded(() -> Password.check(password, hash).with(stored));
        } catch (RuntimeException unreadableHash) {
            // A corrupt stored hash must fail the sign-in, not the request.
            return false;
        }
    }

    /** The bundled libargon2 through JNA, or empty (password4j then computes every hash) where it does not load. */
    private static Optional<Argon2Advanced> loadNative() {
        try {
            Argon2Advanced argon2 =
                    Argon2Factory.createAdvanced(Argon2Factory.Argon2Types.ARGON2id, SALT_BYTES, HASH_BYTES);
            argon2.hash(1, 8, 1, new char[] {'x'});
            return Optional.of(argon2);
        } catch (LinkageError | RuntimeException unavailable) {
            return Optional.empty();
        }
    }

    /** Hands the password to the library as characters and wipes them afterwards. */
    private static <T> T withChars(String password, Function<char[], T> use) {
        char[] chars = password.toCharArray();
        try {
            return use.apply(chars);
        } finally {
            Arrays.fill(chars, '\0');
        }
    }

    /** Whether the hashes are computed by the native library (false where it could not be loaded). */
    boolean isNative() {
        return nativeArgon2id.isPresent();
    }

    private <T> T bounded(Supplier<T> hashing) {
        return slots.run(hashing);
    }

    @Override
    public boolean needsRehash(String hash) {
        return Argon2Parameters.of(hash)
                .map(stored ->
                        !stored.isArgon2id() || stored.memoryKib() < memoryKib || stored.iterations() < iterations)
                .orElse(true);
    }
}
