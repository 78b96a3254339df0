package com.fooddelivery.customer.domain.menu;

import java.util.Optional;

/** The picture formats the menu accepts, recognised by their bytes, never by what a client claims. */
public enum ImageType {
    PNG("image/png"),
    JPEG("image/jpeg"),
    WEBP("image/webp");

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] JPEG_SIGNATURE = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};

    private final String mediaType;

    ImageType(String mediaType) {
        this.mediaType = mediaType;
    }

    /** The IANA media type, e.g. {@code image/png}. */
    public String mediaType() {
        return mediaType;
    }

    /** The format the bytes start with. */
    public static Optional<ImageType> sniff(byte[] bytes) {
        if (startsWith(bytes, PNG_SIGNATURE, 0)) {
            return Optional.of(PNG);
        }
        if (startsWith(bytes, JPEG_SIGNATURE, 0)) {
            return Optional.of(JPEG);
        }
        if (bytes.length >= 12
                && startsWith(bytes, Picture.ascii("RIFF"), 0)
                && startsWith(bytes, Picture.ascii("WEBP"), 8)) {
            return Optional.of(WEBP);
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix, int offset) {
        if (bytes.length < offset + prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[offset + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
