package com.fooddelivery.customer.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fooddelivery.customer.domain.customer.CustomerId;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class HmacDeviceTokensTest {

    private static final byte[] SECRET = "a device token secret of 32 bytes!".getBytes(StandardCharsets.UTF_8);
    private final HmacDeviceTokens tokens = new HmacDeviceTokens(SECRET);
    private final CustomerId anna = new CustomerId(7);

    @Test
    void aTokenIssuedToACustomerNamesOneDeviceOfThatCustomerOnly() {
        String token = tokens.issue(anna);

        assertThat(tokens.throttleKey(token, anna))
                .get()
                .asString()
                .startsWith("device:")
                .doesNotContain(token);
        assertThat(tokens.throttleKey(token, anna))
                .isEqualTo(new HmacDeviceTokens(SECRET.clone()).throttleKey(token, anna));
        assertThat(tokens.throttleKey(token, new CustomerId(70))).isEmpty();
        assertThat(tokens.throttleKey(tokens.issue(anna), anna)).isNotEqualTo(tokens.throttleKey(token, anna));
    }

    @Test
    void forgedGarbledOrForeignTokensAreNotTrusted() {
        String token = tokens.issue(anna);
        String otherCustomers = tokens.issue(new CustomerId(8));

        assertThat(tokens.throttleKey("7" + otherCustomers.substring(1), anna)).isEmpty();
        assertThat(tokens.throttleKey(token.substring(0, token.length() - 2), anna))
                .isEmpty();
        assertThat(tokens.throttleKey("no dots at all", anna)).isEmpty();
        assertThat(tokens.throttleKey("7.abc.%%%", anna)).isEmpty();
        assertThat(HmacDeviceTokens.withRandomSecret().throttleKey(token, anna)).isEmpty();
    }

    @Test
    void aShortSecretIsRefused() {
        assertThatThrownBy(() -> new HmacDeviceTokens(new byte[31])).isInstanceOf(IllegalArgumentException.class);
        assertThat(tokens.toString()).doesNotContain("secret of");
    }
}
