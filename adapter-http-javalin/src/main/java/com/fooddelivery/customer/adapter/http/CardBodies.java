package com.fooddelivery.customer.adapter.http;

import com.fooddelivery.customer.domain.card.LinkedCardId;
import com.fooddelivery.customer.domain.payment.CardSource;
import com.fooddelivery.customer.domain.payment.PaymentCard;
import com.fooddelivery.customer.domain.shared.FieldError;
import com.fooddelivery.customer.domain.shared.ValidationException;
import com.fooddelivery.customer.domain.shared.Validator;
import java.util.Map;
import java.util.Optional;

/**
 * Turns the card parts of the pay and link-card bodies into the domain's card types, naming every broken
 * field as the client sent it ({@code card.number}, {@code savedCardId}, …). No message repeats what was
 * sent, since a card number or CVC could otherwise reach a log.
 */
final class CardBodies {

    private CardBodies() {}

    /**
     * The card a pay body names: a token, a card, or a linked card with its CVC, exactly one of them.
     *
     * @param body the pay body
     * @return empty when the body names no card (a bank-QR payment)
     * @throws ValidationException naming every broken field
     */
    static Optional<PaymentCard> paymentCard(PaymentDtos.PayRequest body) {
        if (body.savedCardId() == null && body.cvc() == null) {
            return source(body.token(), body.card()).map(PaymentCard.class::cast);
        }
        Validator.check()
                .require(
                        body.token() == null && body.card() == null,
                        "savedCardId",
                        "send one of a token, a card, or a savedCardId with its cvc")
                .require(
                        body.savedCardId() != null && body.savedCardId() >= 1,
                        "savedCardId",
                        "must be the id of one of your linked cards, with a cvc")
                .require(
                        body.cvc() != null && body.cvc().matches("[0-9]{3,4}"),
                        "cvc",
                        "must be the linked card's 3 or 4 digit security code")
                .done();
        return Optional.of(new PaymentCard.Linked(new LinkedCardId(body.savedCardId()), body.cvc()));
    }

    /**
     * The card source of a body that sends a token or a card, as the pay and link-card routes take it.
     *
     * @param token the processor's token, or null
     * @param card the card's fields, or null
     * @return empty when neither was sent
     * @throws ValidationException naming every broken field, never repeating its value
     */
    static Optional<CardSource> source(String token, PaymentDtos.CardRequest card) {
        if (token == null && card == null) {
            return Optional.empty();
        }
        Validator check = Validator.check();
        if (token != null && card != null) {
            check.require(false, "token", "send either a token or a card, not both")
                    .done();
        }
        if (token != null) {
            check.require(token.matches("[A-Za-z0-9_\\-]{1,255}"), "token", "must be 1 to 255 letters, digits, _ or -")
                    .done();
            return Optional.of(new CardSource.Token(token));
        }
        String digits = card.number() == null ? null : card.number().replace(" ", "");
        Integer month = card.expMonth();
        Integer year = card.expYear();
        check.require(digits != null && digits.matches("[0-9]{12,19}"), "card.number", "must be 12 to 19 digits")
                .require(month != null && month >= 1 && month <= 12, "card.expMonth", "must be 1 to 12")
                .require(year != null && year >= 2000 && year <= 2099, "card.expYear", "must be a four-digit year")
                .require(card.cvc() != null && card.cvc().matches("[0-9]{3,4}"), "card.cvc", "must be 3 or 4 digits")
                .text(card.holder(), "card.holder", 1, 100)
                .done();
        return Optional.of(new CardSource.Card(
                digits, month, year, card.cvc(), card.holder().strip()));
    }

    /**
     * The same refusal with the core's field names replaced by the ones the client sent.
     *
     * @param refused what the core refused
     * @param names the core's field name → the client's, for the names that differ
     * @return the refusal as the client should read it
     */
    static ValidationException asSent(ValidationException refused, Map<String, String> names) {
        return new ValidationException(refused.errors().stream()
                .map(error -> new FieldError(names.getOrDefault(error.field(), error.field()), error.message()))
                .toList());
    }
}
