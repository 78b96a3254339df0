package com.fooddelivery.customer.adapter.payment;

import com.fooddelivery.customer.domain.payment.BankQrIssuer;
import com.fooddelivery.customer.domain.payment.PaymentReference;
import com.fooddelivery.customer.domain.shared.Money;
import com.fooddelivery.customer.domain.shared.Sha256;
import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.imageio.ImageIO;

/**
 * Bank-app payments by QR code: payloads in the configured standard for the configured merchant,
 * drawn with ZXing. The bank's confirmation arrives as a signed callback ({@link BankNoticeVerifier}).
 *
 * <p>Refunds: no bank offers a standard refund API for these transfers, so this gateway records the
 * refund under a reference derived from the payment (the same on every retry) for the finance team's
 * payout run; a bank's own refund API would replace {@link #refund} here and nowhere else.
 */
public final class QrCodeBankIssuer implements BankQrIssuer {

    /** Pixels per side of the PNG; large enough for a phone camera across a table. */
    static final int SIZE = 400;

    private final Merchant merchant;
    private final QrFormat format;
    private final Optional<BankDetails> bank;

    /**
     * Codes in a format that names the merchant alone (EMVCo, EPC).
     *
     * @param merchant who the codes pay
     * @param format   which standard the payloads follow
     */
    public QrCodeBankIssuer(Merchant merchant, QrFormat format) {
        this(merchant, format, Optional.empty());
    }

    /**
     * @param merchant who the codes pay
     * @param format   which standard the payloads follow
     * @param bank     the merchant's bank, which GOST codes name and other formats ignore
     * @throws IllegalArgumentException when the format needs details the merchant or bank lack, so a
     *                                  wrong configuration stops the start instead of the first payment
     */
    public QrCodeBankIssuer(Merchant merchant, QrFormat format, Optional<BankDetails> bank) {
        this.merchant = Objects.requireNonNull(merchant, "merchant");
        this.format = Objects.requireNonNull(format, "format");
        this.bank = Objects.requireNonNull(bank, "bank");
        if (format == QrFormat.GOST) {
            if (bank.isEmpty()) {
                throw new IllegalArgumentException("GOST QR codes need the merchant's bank details");
            }
            GostQrPayload.requireFits(merchant);
        }
    }

    @Override
    public String payload(PaymentReference reference, Money amount) {
        return switch (format) {
            case EMVCO -> EmvcoQrPayload.build(merchant, reference, amount);
            case EPC -> EpcQrPayload.build(merchant, reference, amount);
            case GOST -> GostQrPayload.build(merchant, bank.orElseThrow(), reference, amount);
        };
    }

    @Override
    public byte[] png(String payload) {
        try {
            BitMatrix matrix = new QRCodeWriter()
                    .encode(
                            payload,
                            BarcodeFormat.QR_CODE,
                            SIZE,
                            SIZE,
                            Map.of(
                                    EncodeHintType.CHARACTER_SET,
                                    StandardCharsets.UTF_8.name(),
                                    EncodeHintType.ERROR_CORRECTION,
                                    ErrorCorrectionLevel.M,
                                    EncodeHintType.MARGIN,
                                    4));
            BufferedImage image =
                    new BufferedImage(matrix.getWidth(), matrix.getHeight(), BufferedImage.TYPE_BYTE_BINARY);
            for (int y = 0; y < matrix.getHeight(); y++) {
                for (int x = 0; x < matrix.getWidth(); x++) {
                    image.setRGB(x, y, matrix.get(x, y) ? 0xFF000000 : 0xFFFFFFFF);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (WriterException tooLong) {
            throw new IllegalArgumentException("the payload does not fit a QR code", tooLong);
        } catch (IOException impossible) {
            throw new UncheckedIOException("writing a PNG to memory failed", impossible);
        }
    }

    @Override
    public String refund(PaymentReference reference, String transactionReference, Money amount) {
        return "refund_"
                + Sha256.hexPrefix((reference + "/" + transactionReference).getBytes(StandardCharsets.UTF_8), 12);
    }
}
