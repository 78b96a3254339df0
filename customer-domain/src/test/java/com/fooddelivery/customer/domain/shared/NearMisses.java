package com.fooddelivery.customer.domain.shared;

import java.util.Random;

/**
 * Strings near a valid one, for holding a hand-written shape check to the pattern it replaced: a valid text
 * with a few characters replaced, inserted or removed. Seeded, so that a run is repeatable.
 */
public final class NearMisses {

    private final Random random;
    private final String alphabet;

    /** @param alphabet what a changed or inserted character is drawn from */
    public NearMisses(long seed, String alphabet) {
        this.random = new Random(seed);
        this.alphabet = alphabet;
    }

    /** {@code text} with {@code changes} characters replaced, inserted or removed (fewer if it runs out). */
    public String of(String text, int changes) {
        StringBuilder changed = new StringBuilder(text);
        for (int n = changes; n > 0 && !changed.isEmpty(); n--) {
            int at = random.nextInt(changed.length());
            char c = alphabet.charAt(random.nextInt(alphabet.length()));
            switch (random.nextInt(3)) {
                case 0 -> changed.setCharAt(at, c);
                case 1 -> changed.insert(at, c);
                default -> changed.deleteCharAt(at);
            }
        }
        return changed.toString();
    }

    /** The seeded source, for choosing what to change. */
    public Random random() {
        return random;
    }
}
