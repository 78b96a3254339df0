package com.fooddelivery.customer.domain.order;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class OrderUidTest {

    @Test
    void aUidIsReadExactlyWhenItHasTheCanonicalShape() {
        Pattern shape = Pattern.compile("[0-9a-fA-F]{8}(-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}");
        Random chance = new Random(20261206);
        String alphabet = "09afAFgG-+ \u0661";
        for (int i = 0; i < 100_000; i++) {
            StringBuilder text = new StringBuilder(new UUID(chance.nextLong(), chance.nextLong()).toString());
            if (chance.nextBoolean()) {
                text = new StringBuilder(text.toString().toUpperCase(java.util.Locale.ROOT));
            }
            for (int n = chance.nextInt(3); n > 0; n--) {
                int at = chance.nextInt(text.length());
                char c = alphabet.charAt(chance.nextInt(alphabet.length()));
                switch (chance.nextInt(3)) {
                    case 0 -> text.setCharAt(at, c);
                    case 1 -> text.insert(at, c);
                    default -> text.deleteCharAt(at);
                }
            }
            String candidate = text.toString();
            boolean wellShaped = shape.matcher(candidate).matches();
            assertThat(OrderUid.parse(candidate).map(OrderUid::value))
                    .as(candidate)
                    .isEqualTo(
                            wellShaped
                                    ? java.util.Optional.of(UUID.fromString(candidate))
                                    : java.util.Optional.empty());
        }
        assertThat(OrderUid.parse(null)).isEmpty();
    }
}
