package com.fooddelivery.customer.domain.event;

import com.fooddelivery.customer.domain.card.LinkedCard;
import com.fooddelivery.customer.domain.card.LinkedCardId;
import com.fooddelivery.customer.domain.customer.Customer;
import com.fooddelivery.customer.domain.customer.CustomerId;
import com.fooddelivery.customer.domain.token.SessionId;
import java.time.Instant;
import java.util.Objects;

/**
 * What happened to a customer's account, sessions or linked cards; the customer's uid is the subject.
 * Never a secret: card events carry brand, last four digits and expiry, never a number or CVC.
 */
public sealed interface AccountEvent extends DomainEvent {

    /** Whose account. */
    CustomerId customerId();

    /** A customer signed up. */
    record CustomerRegistered(Customer customer, Instant occurredAt) implements AccountEvent {
        public CustomerRegistered {
            Objects.requireNonNull(customer, "customer");
            Objects.requireNonNull(occurredAt, "occurredAt");
        }

        @Override
        public CustomerId customerId() {
            return customer.id();
        }

        @Override
        public String name() {
            return "customer.registered";
        }
    }

    /** A customer changed their profile. */
    record CustomerProfileChanged(Customer customer, Instant occurredAt) implements AccountEvent {
        public CustomerProfileChanged {
            Objects.requireNonNull(customer, "customer");
            Objects.requireNonNull(occurredAt, "occurredAt");
        }

        @Override
        public CustomerId customerId() {
            return customer.id();
        }

        @Override
        public String name() {
            return "customer.profile-changed";
        }
    }

    /** A customer changed their password; every other session than the kept one ended with it. */
    record PasswordChanged(CustomerId customerId, SessionId keptSession, Instant occurredAt) implements AccountEvent {
        public PasswordChanged {
            Objects.requireNonNull(customerId, "customerId");
            Objects.requireNonNull(keptSession, "keptSession");
            Objects.requireNonNull(occurredAt, "occurredAt");
        }

        @Override
        public String name() {
            return "customer.password-changed";
        }
    }

    /** A customer signed in; the session's id, never its token. */
    record SessionStarted(CustomerId customerId, SessionId sessionId, Instant expiresAt, Instant occurredAt)
            implements AccountEvent {
        public SessionStarted {
            Objects.requireNonNull(customerId, "customerId");
            Objects.requireNonNull(sessionId, "sessionId");
            Objects.requireNonNull(expiresAt, "expiresAt");
            Objects.requireNonNull(occurredAt, "occurredAt");
        }

        @Override
        public String name() {
            return "customer.session-started";
        }
    }

    /** A customer signed out, or ended one of their other sessions. */
    record SessionEnded(CustomerId customerId, SessionId sessionId, Instant occurredAt) implements AccountEvent {
        public SessionEnded {
            Objects.requireNonNull(customerId, "customerId");
            Objects.requireNonNull(sessionId, "sessionId");
            Objects.requireNonNull(occurredAt, "occurredAt");
        }

        @Override
        public String name() {
            return "customer.session-ended";
        }
    }

    /** A customer linked a card to pay with later. */
    record CardLinked(LinkedCard card, Instant occurredAt) implements AccountEvent {
        public CardLinked {
            Objects.requireNonNull(card, "card");
            Objects.requireNonNull(occurredAt, "occurredAt");
        }

        @Override
        public CustomerId customerId() {
            return card.customerId();
        }

        @Override
        public String name() {
            return "customer.card-linked";
        }
    }

    /** A customer's linked card was detached at the processor and forgotten. */
    record CardUnlinked(CustomerId customerId, LinkedCardId cardId, Instant occurredAt) implements AccountEvent {
        public CardUnlinked {
            Objects.requireNonNull(customerId, "customerId");
            Objects.requireNonNull(cardId, "cardId");
            Objects.requireNonNull(occurredAt, "occurredAt");
        }

        @Override
        public String name() {
            return "customer.card-unlinked";
        }
    }

    /** Another of the customer's linked cards became the default. */
    record DefaultCardChanged(CustomerId customerId, LinkedCardId cardId, Instant occurredAt) implements AccountEvent {
        public DefaultCardChanged {
            Objects.requireNonNull(customerId, "customerId");
            Objects.requireNonNull(cardId, "cardId");
            Objects.requireNonNull(occurredAt, "occurredAt");
        }

        @Override
        public String name() {
            return "customer.default-card-changed";
        }
    }
}
