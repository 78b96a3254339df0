package com.fooddelivery.customer.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class Sha256Test {

    /** FIPS 180-2's first example, so a wrong algorithm or encoding cannot pass. */
    private static final String ABC = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

    @Test
    void theDigestOfAbcIsTheStandardsExampleInLowerCaseHex() {
        assertThat(Sha256.hex("abc")).isEqualTo(ABC);
        assertThat(Sha256.hex("abc".getBytes(StandardCharsets.US_ASCII))).isEqualTo(ABC);
        assertThat(Sha256.of("abc".getBytes(StandardCharsets.US_ASCII))).hasSize(32);
    }

    @Test
    void aPrefixKeepsTheDigestsLeadingBytes() {
        assertThat(Sha256.hexPrefix("abc".getBytes(StandardCharsets.US_ASCII), 16))
                .isEqualTo(ABC.substring(0, 32));
    }

    @Test
    void textIsDigestedAsUtf8() {
        assertThat(Sha256.hex("ä")).isEqualTo(Sha256.hex(new byte[] {(byte) 0xC3, (byte) 0xA4}));
    }
}
