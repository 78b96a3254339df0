package com.fooddelivery.customer.domain.customer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fooddelivery.customer.domain.shared.NearMisses;
import com.fooddelivery.customer.domain.shared.Text;
import com.fooddelivery.customer.domain.shared.ValidationException;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The account's value objects check their shapes by hand (they are checked again on every read of an
 * account); these tests hold each check to the regular expression it replaced, over many generated strings
 * near the edges of the shape (a fixed seed, so a run is repeatable).
 */
class ShapesAsTheirPatternsTest {

    private static final int TRIES = 200_000;

    private static final Pattern EMAIL =
            Pattern.compile("[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
                    + "@([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,63}");
    private static final Pattern LOGIN = Pattern.compile("[A-Za-z0-9._-]{3,50}");
    private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{6,14}");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s().\\-]");

    private final NearMisses nearMisses = new NearMisses(20261206, "aZ09.-@_+ x\u00e9");
    private final Random random = nearMisses.random();

    @Test
    void anEmailIsTakenExactlyWhenThePatternMatchesIt() {
        String[] valid = {"anna@example.org", "a.b+c@mail.example.co", "x@y.zz", "o'neil@x-1.example.museum"};
        for (int i = 0; i < TRIES; i++) {
            String candidate = i % 2 == 0
                    ? generate("aZ09.-@_+!~x", 1 + random.nextInt(14))
                    : nearMisses.of(valid[random.nextInt(valid.length)], 1 + random.nextInt(3));
            assertThat(accepts(Email::new, candidate))
                    .as(candidate)
                    .isEqualTo(Text.problemAsLine(candidate) == null && emailPattern(candidate));
        }
        assertThat(accepts(Email::new, "a@" + "b".repeat(63) + ".org")).isTrue();
        assertThat(accepts(Email::new, "a@" + "b".repeat(64) + ".org")).isFalse();
        assertThat(accepts(Email::new, "a@b." + "c".repeat(63))).isTrue();
        assertThat(accepts(Email::new, "a@b." + "c".repeat(64))).isFalse();
    }

    @Test
    void aLoginIsTakenExactlyWhenThePatternMatchesIt() {
        for (int i = 0; i < TRIES; i++) {
            String candidate = generate("aZ09._-@ +", random.nextInt(i % 10 == 0 ? 60 : 6));
            assertThat(accepts(Login::new, candidate))
                    .as(candidate)
                    .isEqualTo(LOGIN.matcher(candidate).matches());
        }
    }

    @Test
    void aPhoneNumberIsNormalisedAndTakenAsThePatternsDid() {
        for (int i = 0; i < TRIES; i++) {
            String candidate = generate("0123456789+ ()-.\t\u00a0x", random.nextInt(22));
            String compact = SEPARATORS.matcher(candidate.strip()).replaceAll("");
            String expected = compact.startsWith("00") ? "+" + compact.substring(2) : compact;
            boolean taken = Text.problemAsLine(candidate) == null
                    && E164.matcher(expected).matches();
            assertThat(accepts(PhoneNumber::new, candidate)).as(candidate).isEqualTo(taken);
            if (taken) {
                assertThat(new PhoneNumber(candidate).value()).isEqualTo(expected);
            }
            assertThat(PhoneNumber.tryParse(candidate).map(PhoneNumber::value))
                    .as(candidate)
                    .isEqualTo(E164.matcher(expected).matches() ? Optional.of(expected) : Optional.empty());
        }
    }

    private static boolean emailPattern(String raw) {
        String value = raw.strip().toLowerCase(Locale.ROOT);
        return value.length() <= Email.MAX_LENGTH
                && value.indexOf('@') <= 64
                && EMAIL.matcher(value).matches();
    }

    private static boolean accepts(Consumer<String> constructor, String candidate) {
        try {
            constructor.accept(candidate);
            return true;
        } catch (ValidationException refused) {
            return false;
        }
    }

    private String generate(String alphabet, int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }
}
