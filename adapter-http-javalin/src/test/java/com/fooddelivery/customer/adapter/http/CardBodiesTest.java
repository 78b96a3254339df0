package com.fooddelivery.customer.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fooddelivery.customer.domain.card.LinkedCardId;
import com.fooddelivery.customer.domain.payment.CardSource;
import com.fooddelivery.customer.domain.payment.PaymentCard;
import com.fooddelivery.customer.domain.shared.FieldError;
import com.fooddelivery.customer.domain.shared.ValidationException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The pay body becomes the domain's card, and every broken field is named as the client sent it. */
class CardBodiesTest {

    private static PaymentDtos.PayRequest body(
            String token, PaymentDtos.CardRequest card, Integer savedCardId, String cvc) {
        return new PaymentDtos.PayRequest(token, card, savedCardId, cvc);
    }

    @Test
    void cardInputIsCheckedFieldByFieldWithoutRepeatingIt() {
        PaymentDtos.CardRequest broken = new PaymentDtos.CardRequest("4242 4242", 13, 99, "12345", "");

        assertThatThrownBy(() -> CardBodies.paymentCard(body(null, broken, null, null)))
                .isInstanceOfSatisfying(ValidationException.class, invalid -> {
                    assertThat(invalid.errors())
                            .extracting(FieldError::field)
                            .containsExactly("card.number", "card.expMonth", "card.expYear", "card.cvc", "card.holder");
                    assertThat(invalid.getMessage()).doesNotContain("4242").doesNotContain("12345");
                });
        assertThat(CardBodies.paymentCard(body(
                        null,
                        new PaymentDtos.CardRequest("4242 4242 4242 4242", 12, 2030, "123", " Anna "),
                        null,
                        null)))
                .contains(new CardSource.Card("4242424242424242", 12, 2030, "123", "Anna"));
        assertThat(CardBodies.paymentCard(body("tok_visa", null, null, null)))
                .contains(new CardSource.Token("tok_visa"));
        assertThat(CardBodies.paymentCard(body(null, null, null, null))).isEmpty();
    }

    @Test
    void aLinkedCardNeedsItsIdAndCvcAndNothingElse() {
        assertThat(CardBodies.paymentCard(body(null, null, 7, "4719")))
                .contains(new PaymentCard.Linked(new LinkedCardId(7), "4719"));

        assertThatThrownBy(() -> CardBodies.paymentCard(body(null, null, 7, null)))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        invalid -> assertThat(invalid.errors())
                                .extracting(FieldError::field)
                                .containsExactly("cvc"));
        assertThatThrownBy(() -> CardBodies.paymentCard(body(null, null, 0, "47190")))
                .isInstanceOfSatisfying(ValidationException.class, invalid -> {
                    assertThat(invalid.errors()).extracting(FieldError::field).containsExactly("savedCardId", "cvc");
                    assertThat(invalid.getMessage()).doesNotContain("47190");
                });
        assertThatThrownBy(() -> CardBodies.paymentCard(body("tok_visa", null, 7, "123")))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        invalid -> assertThat(invalid.errors())
                                .extracting(FieldError::field)
                                .containsExactly("savedCardId"));
        assertThatThrownBy(() -> CardBodies.paymentCard(body(null, null, null, "123")))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        invalid -> assertThat(invalid.errors())
                                .extracting(FieldError::field)
                                .containsExactly("savedCardId"));
        assertThat(body(null, null, 7, "4719").toString()).doesNotContain("4719");
    }

    @Test
    void theCoresFieldNamesAreShownAsTheClientSentThem() {
        ValidationException core = new ValidationException(
                List.of(new FieldError("idempotencyKey", "bad"), new FieldError("card", "missing")));

        assertThat(CardBodies.asSent(core, Map.of("idempotencyKey", "Idempotency-Key"))
                        .errors())
                .extracting(FieldError::field)
                .containsExactly("Idempotency-Key", "card");
    }
}
