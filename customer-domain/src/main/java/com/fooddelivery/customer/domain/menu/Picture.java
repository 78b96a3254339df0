package com.fooddelivery.customer.domain.menu;

import com.fooddelivery.customer.domain.shared.Sha256;
import com.fooddelivery.customer.domain.shared.ValidationException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The image of a category or menu item. Its type comes from the bytes themselves; its tag is a
 * digest of the bytes, so it changes exactly when the picture does and every instance agrees.
 */
public final class Picture {

    private final byte[] bytes;
    private final ImageType type;
    private final String tag;

    private Picture(byte[] bytes, ImageType type) {
        this.bytes = bytes;
        this.type = type;
        this.tag = digest(bytes);
    }

    /**
     * Wraps stored or uploaded bytes, refusing anything that is not a PNG, JPEG or WebP image.
     *
     * @param bytes the image
     * @return the picture
     * @throws ValidationException when the bytes are not one of the accepted image types
     */
    public static Picture of(byte[] bytes) {
        byte[] copy = bytes.clone();
        ImageType type = ImageType.sniff(copy)
                .orElseThrow(() -> ValidationException.of("picture", "must be a PNG, JPEG or WebP image"));
        return new Picture(copy, type);
    }

    /**
     * A copy of the image's bytes.
     *
     * @return the bytes; changing them changes nothing here
     */
    public byte[] bytes() {
        return bytes.clone();
    }

    /**
     * The image's size in bytes.
     *
     * @return the number of bytes
     */
    public int size() {
        return bytes.length;
    }

    /**
     * The format recognised from the bytes.
     *
     * @return PNG, JPEG or WebP
     */
    public ImageType type() {
        return type;
    }

    /**
     * A short, stable fingerprint of the bytes, fit for an HTTP entity tag.
     *
     * @return the same text for the same bytes
     */
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
