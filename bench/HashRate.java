import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;
import de.mkammerer.argon2.Argon2Factory;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;

/**
 * The sign-in floor: how many Argon2id verifications per second this machine computes with the
 * service's parameters (m=19 MiB, t=2, p=1) on as many threads as there are cores, verifying a hash in
 * the stored PHC form. By default with libargon2, the reference C implementation the service uses;
 * {@code password4j} as second argument measures the pure-Java implementation it used before.
 * Prints one number; on standard error also the CPU time one verification took the hashing threads,
 * to set beside what one sign-in costs the service (bench/signin.sh), and the minor page faults one
 * verification took them (Linux: the threads' {@code /proc/thread-self/stat}), to set beside the service's.
 * {@code java -cp customerbackend.jar bench/HashRate.java SECONDS [native|password4j]}
 */
public class HashRate {

    public static void main(String[] args) throws Exception {
        int seconds = Integer.parseInt(args[0]);
        boolean password4j = args.length > 1 && args[1].equals("password4j");
        String hash = Password.hash("bench password 1").addRandomSalt(16)
                .with(Argon2Function.getInstance(19 * 1024, 2, 1, 32, Argon2.ID)).getResult();
        var argon2 = Argon2Factory.createAdvanced(Argon2Factory.Argon2Types.ARGON2id);
        BooleanSupplier verify = password4j
                ? () -> Password.check("bench password 1", hash).with(Argon2Function.getInstanceFromHash(hash))
                : () -> argon2.verify(hash, "bench password 1".toCharArray());
        if (!verify.getAsBoolean()) {
            throw new IllegalStateException("the hash does not verify: " + hash);
        }
        AtomicLong done = new AtomicLong();
        AtomicLong cpuNanos = new AtomicLong();
        AtomicLong faults = new AtomicLong();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        Thread[] threads = new Thread[Runtime.getRuntime().availableProcessors()];
        for (int i = 0; i < threads.length; i++) {
            threads[i] = new Thread(() -> {
                long cpuStart = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
                long faultsStart = minorFaults();
                while (System.nanoTime() < end) {
                    verify.getAsBoolean();
                    done.incrementAndGet();
                }
                cpuNanos.addAndGet(ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpuStart);
                faults.addAndGet(minorFaults() - faultsStart);
            });
            threads[i].start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        System.out.printf("%.1f%n", done.get() / (double) seconds);
        System.err.printf("cpu per verification: %.1f ms, minor faults per verification: %.0f%n",
                cpuNanos.get() / 1e6 / Math.max(1, done.get()), faults.get() / (double) Math.max(1, done.get()));
    }

    /** The calling thread's minor page faults so far (field 10 of its stat), or 0 where there is no /proc. */
    private static long minorFaults() {
        try {
            String stat = Files.readString(Path.of("/proc/thread-self/stat"));
            return Long.parseLong(stat.substring(stat.lastIndexOf(')') + 2).split(" ")[7]);
        } catch (IOException | RuntimeException noProc) {
            return 0;
        }
    }
}
