package com.fooddelivery.customer.domain.order;

import static org.assertj.core.api.Assertions.assertThat;

import com.fooddelivery.customer.domain.shared.NearMisses;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class OrderUidTest {

    @Test
    void aUidIsReadExactlyWhenItHasTheCanonicalShape() {
        Pattern shape = Pattern.compile("[0-9a-fA-F]{8}(-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}");
        NearMisses nearMisses = new NearMisses(20261206, "09afAFgG-+ \u0661");
        for (int i = 0; i < 100_000; i++) {
            String uid =
                    new UUID(nearMisses.random().nextLong(), nearMisses.random().nextLong()).toString();
            String candidate = nearMisses.of(
                    nearMisses.random().nextBoolean() ? uid.toUpperCase(Locale.ROOT) : uid,
                    nearMisses.random().nextInt(3));
            Optional<UUID> expected =
                    shape.matcher(candidate).matches() ? Optional.of(UUID.fromString(candidate)) : Optional.empty();
            assertThat(OrderUid.parse(candidate).map(OrderUid::value))
                    .as(candidate)
                    .isEqualTo(expected);
        }
        assertThat(OrderUid.parse(null)).isEmpty();
    }
}
