import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The sign-in floor: how many Argon2id verifications per second this machine computes with the
 * service's parameters (m=19 MiB, t=2, p=1) on as many threads as there are cores.
 * Prints one number. {@code java -cp customerbackend.jar bench/HashRate.java SECONDS}
 */
public class HashRate {

    public static void main(String[] args) throws Exception {
        int seconds = Integer.parseInt(args[0]);
        Argon2Function argon2 = Argon2Function.getInstance(19 * 1024, 2, 1, 32, Argon2.ID);
        String hash = Password.hash("bench password 1").addRandomSalt(16).with(argon2).getResult();
        AtomicLong done = new AtomicLong();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        Thread[] threads = new Thread[Runtime.getRuntime().availableProcessors()];
        for (int i = 0; i < threads.length; i++) {
            threads[i] = new Thread(() -> {
                while (System.nanoTime() < end) {
                    Password.check("bench password 1", hash).with(Argon2Function.getInstanceFromHash(hash));
                    done.incrementAndGet();
                }
            });
            threads[i].start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        System.out.printf("%.1f%n", done.get() / (double) seconds);
    }
}
