package com.fooddelivery.customer.domain.menu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fooddelivery.customer.domain.shared.ValidationException;
import java.awt.Color;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PictureTest {

    @Test
    void recognisesTheFormatFromTheBytes() {
        assertThat(Picture.of(TestPictures.png(Color.RED)).type()).isEqualTo(ImageType.PNG);
        assertThat(Picture.of(TestPictures.jpeg(Color.RED)).type()).isEqualTo(ImageType.JPEG);
        byte[] webp = "RIFF\0\0\0\0WEBPVP8 ".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(Picture.of(webp).type()).isEqualTo(ImageType.WEBP);
    }

    @Test
    void refusesTextPretendingToBeAnImage() {
        assertThatThrownBy(() -> Picture.of("<svg>not really</svg>".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> Picture.of(new byte[0])).isInstanceOf(ValidationException.class);
    }

    @Test
    void theTagFollowsTheBytes() {
        Picture red = TestPictures.picture(Color.RED);

        assertThat(TestPictures.picture(Color.RED).tag()).isEqualTo(red.tag());
        assertThat(TestPictures.picture(Color.GREEN).tag()).isNotEqualTo(red.tag());
        assertThat(red.tag()).hasSize(32).matches("[0-9a-f]+");
    }

    @Test
    void isImmutable() {
        byte[] bytes = TestPictures.png(Color.RED);
        Picture picture = Picture.of(bytes);
        bytes[20] ^= 0x55;
        picture.bytes()[21] ^= 0x55;

        assertThat(picture).isEqualTo(TestPictures.picture(Color.RED));
    }
}
