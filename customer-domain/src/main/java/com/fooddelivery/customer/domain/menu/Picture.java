package com.fooddelivery.customer.domain.menu;

import com.fooddelivery.customer.domain.shared.Sha256;
import com.fooddelivery.customer.domain.shared.ValidationException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** The image of a category or menu item; its tag is a digest, so every instance agrees on it. */
public final class Picture {

    private final byte[] bytes;
    private final ImageType type;
    private final String tag;

    private Picture(byte[] bytes, ImageType type) {
        this.bytes = bytes;
        this.type = type;
        this.tag = digest(bytes);
    }

    /** Wraps image bytes, refusing anything but PNG, JPEG or WebP. */
    public static Picture of(byte[] bytes) {
        byte[] copy = bytes.clone();
        ImageType type = ImageType.sniff(copy)
                .orElseThrow(() -> ValidationException.of("picture", "must be a PNG, JPEG or WebP image"));
        return new Picture(copy, type);
    }

    public byte[] bytes() {
        return bytes.clone();
    }

    public int size() {
        return bytes.length;
    }

    public ImageType type() {
        return type;
    }

    /** A stable fingerprint, fit for an HTTP entity tag. */
    public String tag() {
        return tag;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Picture picture && Arrays.equals(bytes, picture.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "Picture[" + type + ", " + bytes.length + " bytes, " + tag + "]";
    }

    private static String digest(byte[] bytes) {
        return Sha256.hexPrefix(bytes, 16);
    }

    static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
