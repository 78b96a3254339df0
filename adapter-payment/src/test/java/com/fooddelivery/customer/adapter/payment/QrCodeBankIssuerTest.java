package com.fooddelivery.customer.adapter.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fooddelivery.customer.domain.payment.PaymentReference;
import com.fooddelivery.customer.domain.shared.Money;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class QrCodeBankIssuerTest {

    static final Merchant MERCHANT = new Merchant(
            "Food Delivery GmbH", "Berlin", "DE", "DE89370400440532013000", "com.fooddelivery.pay", "5814");
    private static final PaymentReference REFERENCE = new PaymentReference("ABCDEFGHJK2345678923");
    private static final Money AMOUNT = Money.of("19.20", Currency.getInstance("EUR"));

    private final QrCodeBankIssuer emvco = new QrCodeBankIssuer(MERCHANT, QrFormat.EMVCO);

    @Test
    void theCrcIsCcittFalse() {
        // The catalogue check value of CRC-16/CCITT-FALSE.
        assertThat(EmvcoQrPayload.crc16("123456789")).isEqualTo(0x29B1);
    }

    @Test
    void theEmvcoPayloadFollowsTheFieldRules() {
        String payload = emvco.payload(REFERENCE, AMOUNT);

        Map<String, String> fields = tlv(payload);
        assertThat(fields.keySet()).containsExactly("00", "01", "26", "52", "53", "54", "58", "59", "60", "62", "63");
        assertThat(fields)
                .containsEntry("00", "01")
                .containsEntry("01", "12")
                .containsEntry("52", "5814")
                .containsEntry("53", "978")
                .containsEntry("54", "19.20")
                .containsEntry("58", "DE")
                .containsEntry("59", "Food Delivery GmbH")
                .containsEntry("60", "Berlin");
        assertThat(tlv(fields.get("26")))
                .containsEntry("00", "com.fooddelivery.pay")
                .containsEntry("01", "DE89370400440532013000");
        assertThat(tlv(fields.get("62"))).containsEntry("05", REFERENCE.value());
        assertThat(payload).endsWith("6304" + fields.get("63"));
        assertThat(fields.get("63"))
                .isEqualTo(String.format(
                        Locale.ROOT, "%04X", EmvcoQrPayload.crc16(payload.substring(0, payload.length() - 4))));
        assertThat(emvco.payload(REFERENCE, AMOUNT))
                .as("the same payment, the same payload")
                .isEqualTo(payload);
        assertThat(emvco.payload(REFERENCE, Money.of("5.00", Currency.getInstance("USD"))))
                .contains("5303840");
    }

    @Test
    void thePngDecodesToThePayload() throws Exception {
        String payload = emvco.payload(REFERENCE, AMOUNT);

        byte[] png = emvco.png(payload);

        assertThat(png).startsWith(0x89, 'P', 'N', 'G');
        assertThat(decode(png)).isEqualTo(payload);
    }

    @Test
    void theEpcPayloadIsASepaTransferInEuros() throws Exception {
        QrCodeBankIssuer epc = new QrCodeBankIssuer(MERCHANT, QrFormat.EPC);

        String payload = epc.payload(REFERENCE, AMOUNT);

        assertThat(payload.split("\n", -1))
                .containsExactly(
                        "BCD",
                        "002",
                        "1",
                        "SCT",
                        "",
                        "Food Delivery GmbH",
                        "DE89370400440532013000",
                        "EUR19.20",
                        "",
                        "",
                        "Order payment " + REFERENCE.value());
        assertThat(decode(epc.png(payload))).isEqualTo(payload);
        assertThatThrownBy(() -> epc.payload(REFERENCE, Money.of("1.00", Currency.getInstance("USD"))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Nested
    class Gost {

        private final Merchant russian =
                new Merchant("OOO Dostavka Edy", "Moscow", "RU", "40702810900000012345", "ru.nspk", "5814");
        private final BankDetails bank =
                new BankDetails("PAO Sberbank", "044525225", "30101810400000000225", Optional.of("7707083893"));
        private final QrCodeBankIssuer gost = new QrCodeBankIssuer(russian, QrFormat.GOST, Optional.of(bank));
        private final Money roubles = Money.of("1920.50", Currency.getInstance("RUB"));

        @Test
        void thePayloadIsST00012WithTheRequiredFieldsFirstAndTheSumInKopecks() {
            String payload = gost.payload(REFERENCE, roubles);

            String[] parts = payload.split("\\|", -1);
            assertThat(parts[0]).isEqualTo("ST00012");
            Map<String, String> fields = new LinkedHashMap<>();
            for (int i = 1; i < parts.length; i++) {
                String[] pair = parts[i].split("=", 2);
                assertThat(pair).as("every field is Key=Value: " + parts[i]).hasSize(2);
                assertThat(fields.put(pair[0], pair[1])).as("no key twice").isNull();
            }
            assertThat(fields.keySet())
                    .startsWith("Name", "PersonalAcc", "BankName", "BIC", "CorrespAcc")
                    .containsExactly(
                            "Name", "PersonalAcc", "BankName", "BIC", "CorrespAcc", "Sum", "Purpose", "PayeeINN");
            assertThat(fields)
                    .containsEntry("Name", "OOO Dostavka Edy")
                    .containsEntry("PersonalAcc", "40702810900000012345")
                    .containsEntry("BankName", "PAO Sberbank")
                    .containsEntry("BIC", "044525225")
                    .containsEntry("CorrespAcc", "30101810400000000225")
                    .containsEntry("Sum", "192050")
                    .containsEntry("PayeeINN", "7707083893");
            assertThat(fields.get("Purpose")).endsWith(REFERENCE.value()).hasSizeLessThanOrEqualTo(210);
            assertThat(fields.get("PersonalAcc")).matches("[0-9]{20}");
            assertThat(fields.get("BIC")).matches("[0-9]{9}");
            assertThat(gost.payload(REFERENCE, Money.of("5.00", Currency.getInstance("RUB"))))
                    .contains("|Sum=500|");
        }

        @Test
        void thePngDecodesToTheSameUtf8Payload() throws Exception {
            String payload = gost.payload(REFERENCE, roubles);

            assertThat(payload)
                    .as("the purpose is Cyrillic, so the UTF-8 digit matters")
                    .contains("Оплата");
            assertThat(decode(gost.png(payload))).isEqualTo(payload);
        }

        @Test
        void onlyRoublesAreTransferred() {
            assertThatThrownBy(() -> gost.payload(REFERENCE, AMOUNT))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("roubles");
        }

        @Test
        void aMerchantOrBankThatDoesNotFitTheFormatIsRefusedAtOnce() {
            assertThatThrownBy(() -> new QrCodeBankIssuer(MERCHANT, QrFormat.GOST, Optional.of(bank)))
                    .as("an IBAN is no 20-digit account")
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("20-digit");
            assertThatThrownBy(() -> new QrCodeBankIssuer(russian, QrFormat.GOST, Optional.empty()))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> new QrCodeBankIssuer(
                            new Merchant("Pipe | Co", "Moscow", "RU", "40702810900000012345", "ru.nspk", "5814"),
                            QrFormat.GOST,
                            Optional.of(bank)))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> new BankDetails("Bank", "04452522", "30101810400000000225", Optional.empty()))
                    .hasMessageContaining("BIC");
            assertThatThrownBy(() -> new BankDetails("Bank", "044525225", "3010181040000000022", Optional.empty()))
                    .hasMessageContaining("correspondent");
            assertThatThrownBy(() -> new BankDetails("Bank|Two", "044525225", "30101810400000000225", Optional.empty()))
                    .hasMessageContaining("'|'");
            assertThatThrownBy(() -> new BankDetails("Bank", "044525225", "30101810400000000225", Optional.of("123")))
                    .hasMessageContaining("INN");
        }

        @Test
        void withoutAnInnThePayloadEndsWithThePurpose() {
            QrCodeBankIssuer noInn = new QrCodeBankIssuer(
                    russian,
                    QrFormat.GOST,
                    Optional.of(
                            new BankDetails("PAO Sberbank", "044525225", "30101810400000000225", Optional.empty())));

            assertThat(noInn.payload(REFERENCE, roubles))
                    .doesNotContain("PayeeINN")
                    .endsWith("|Purpose=Оплата заказа " + REFERENCE.value());
        }
    }

    @Test
    void merchantDetailsThatBreakTheFieldLimitsAreRefused() {
        assertThatThrownBy(() -> new Merchant("x".repeat(26), "Berlin", "DE", "DE89", "net", "5814"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Merchant("Name", "Berlin-Charlottenburg", "DE", "DE89", "net", "5814"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Merchant("Name", "Berlin", "Germany", "DE89", "net", "5814"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    static String decode(byte[] png) throws Exception {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        return new QRCodeReader()
                .decode(
                        new BinaryBitmap(new HybridBinarizer(
                                new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels))),
                        Map.of(DecodeHintType.PURE_BARCODE, Boolean.FALSE))
                .getText();
    }

    /** Splits an EMVCo ID-length-value string, failing on any length that does not add up. */
    private static Map<String, String> tlv(String text) {
        Map<String, String> fields = new LinkedHashMap<>();
        int at = 0;
        while (at < text.length()) {
            String id = text.substring(at, at + 2);
            int length = Integer.parseInt(text.substring(at + 2, at + 4));
            fields.put(id, text.substring(at + 4, at + 4 + length));
            at += 4 + length;
        }
        assertThat(at).isEqualTo(text.length());
        return fields;
    }
}
