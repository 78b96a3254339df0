package com.fooddelivery.peer.order;

import java.nio.ByteBuffer;
import java.util.Base64;
import java.util.Optional;

/** The list's opaque cursors, encoded as the service encodes them: the position as eight Base64 bytes. */
final class Cursors {

    private Cursors() {
    }

    static String encode(long position) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(ByteBuffer.allocate(Long.BYTES).putLong(position).array());
    }

    /** The position, or empty when the text is no cursor this service could have handed out. */
    static Optional<Long> decode(String text) {
        try {
            byte[] bytes = Base64.getUrlDecoder().decode(text);
            if (bytes.length == Long.BYTES) {
                long value = ByteBuffer.wrap(bytes).getLong();
                if (value > 0 && encode(value).equals(text)) {
                    return Optional.of(value);
                }
            }
        } catch (IllegalArgumentException notBase64) {
            // same answer as any other cursor we did not make
        }
        return Optional.empty();
    }
}
