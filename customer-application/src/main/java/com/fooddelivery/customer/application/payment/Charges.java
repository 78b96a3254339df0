package com.fooddelivery.customer.application.payment;

import com.fooddelivery.customer.domain.card.CardExpiredException;
import com.fooddelivery.customer.domain.card.FindLinkedCard;
import com.fooddelivery.customer.domain.card.LinkedCard;
import com.fooddelivery.customer.domain.payment.CardSource;
import com.fooddelivery.customer.domain.payment.CardSummary;
import com.fooddelivery.customer.domain.payment.PaymentCard;
import com.fooddelivery.customer.domain.shared.NotFoundException;
import com.fooddelivery.customer.domain.token.Caller;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Chooses what the processor charges for the customer's card: a token or card as sent, a linked card as
 * the processor's saved card with the CVC typed for this payment, once its owner and expiry are checked.
 */
final class Charges {

    private final FindLinkedCard linkedCards;

    Charges(FindLinkedCard linkedCards) {
        this.linkedCards = Objects.requireNonNull(linkedCards, "linkedCards");
    }

    /**
     * What to charge for {@code card}.
     *
     * @param today the day to check a linked card's expiry on; empty for an attempt already started
     * @throws NotFoundException when the linked card is unknown or another customer's
     * @throws CardExpiredException when the linked card is expired on {@code today}
     */
    Charge of(Caller caller, PaymentCard card, Optional<LocalDate> today) {
        if (card instanceof CardSource.Card details) {
            return new Charge(details, Optional.of(details.summary()));
        }
        if (card instanceof CardSource.Token token) {
            return new Charge(token, Optional.empty());
        }
        PaymentCard.Linked linked = (PaymentCard.Linked) card;
        LinkedCard found = linkedCards
                .find(caller.customerId(), linked.card())
                .orElseThrow(() -> new NotFoundException("card", linked.card().value()));
        if (today.isPresent() && found.isExpiredOn(today.get())) {
            throw new CardExpiredException(found);
        }
        return new Charge(
                new CardSource.Saved(found.processorCustomerId(), found.processorCardId(), linked.cvc()),
                Optional.of(found.summary()));
    }

    /**
     * What the processor is asked to charge for one payment.
     *
     * @param source  the token, card, or saved card (with the CVC typed for this payment) to charge
     * @param summary the brand and last four the attempt keeps, when known here
     */
    record Charge(CardSource source, Optional<CardSummary> summary) {}
}
