package com.fooddelivery.customer.domain.menu;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/** Real, decodable images for tests. */
public final class TestPictures {

    private TestPictures() {}

    /** A small PNG filled with one colour; different colours give different bytes. */
    public static byte[] png(Color colour) {
        return encode(colour, "png");
    }

    /** A small JPEG filled with one colour. */
    public static byte[] jpeg(Color colour) {
        return encode(colour, "jpg");
    }

    /** A PNG picture. */
    public static Picture picture(Color colour) {
        return Picture.of(png(colour));
    }

    private static byte[] encode(Color colour, String format) {
        BufferedImage image = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 8; x++) {
            for (int y = 0; y < 8; y++) {
                image.setRGB(x, y, colour.getRGB());
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return out.toByteArray();
    }
}
