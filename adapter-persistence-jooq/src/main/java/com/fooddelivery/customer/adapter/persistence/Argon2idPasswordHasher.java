package com.fooddelivery.customer.adapter.persistence;

import com.fooddelivery.customer.domain.customer.PasswordHasher;
import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;
import de.mkammerer.argon2.Argon2Advanced;
import de.mkammerer.argon2.Argon2Factory;
import java.util.Arrays;
import java.util.Optional;
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
 *
 * <p>Argon2id hashes are computed by libargon2, the reference C implementation, whose memory lies off the
 * Java heap: it ran 3.5–5 times password4j's rate here, and sign-ins no longer fill the heap with 19 MiB
 * arrays. Both write and read the same PHC strings, so every stored hash still verifies. Where the library
 * cannot load, and for the older argon2i and argon2d variants, password4j computes them.
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

    private final Argon2Function function;
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
        this.function = Argon2Function.getInstance(memoryKib, iterations, PARALLELISM, HASH_BYTES, Argon2.ID);
    }

    @Override
    public String hash(String password) {
        if (nativeArgon2id.isPresent()) {
            return bounded(() -> withChars(
                    password,
                    chars -> nativeArgon2id
                            .get()
                            .hash(function.getIterations(), function.getMemory(), PARALLELISM, chars)));
        }
        return bounded(() ->
                Password.hash(password).addRandomSalt(SALT_BYTES).with(function).getResult());
    }

    @Override
    public boolean matches(String password, String hash) {
        if (!hash.startsWith("$argon2")) {
            return false;
        }
        try {
            Argon2Function stored = Argon2Function.getInstanceFromHash(hash);
            if (nativeArgon2id.isPresent() && stored.getVariant() == Argon2.ID) {
                return bounded(
                        () -> withChars(password, chars -> nativeArgon2id.get().verify(hash, chars)));
            }
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
    private static <T> T withChars(String password, java.util.function.Function<char[], T> use) {
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
        try {
            Argon2Function stored = Argon2Function.getInstanceFromHash(hash);
            return stored.getVariant() != Argon2.ID
                    || stored.getMemory() < function.getMemory()
                    || stored.getIterations() < function.getIterations();
        } catch (RuntimeException notArgon2) {
            return true;
        }
    }
}
