package com.fooddelivery.customer.domain.event;

import com.fooddelivery.customer.domain.customer.Customer;
import com.fooddelivery.customer.domain.customer.CustomerId;
import com.fooddelivery.customer.domain.token.SessionId;
import java.time.Instant;
import java.util.Objects;

/**
 * What happened to a customer's account or sessions; the customer's uid is the subject. Never a secret.
 */
public sealed interface AccountEvent extends DomainEvent {

    /**
     * Whose account.
     *
     * @return the customer
     */
    CustomerId customerId();

    /**
     * A customer signed up.
     *
     * @param customer   the new account (login, e-mail, phone; no password)
     * @param occurredAt when
     */
    record CustomerRegistered(Customer customer, Instant occurredAt) implements AccountEvent {
        /**
         * Requires both.
         *
         * @param customer the account
         * @param occurredAt when
         */
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

    /**
     * A customer changed their profile.
     *
     * @param customer   the account as it is now
     * @param occurredAt when
     */
    record CustomerProfileChanged(Customer customer, Instant occurredAt) implements AccountEvent {
        /**
         * Requires both.
         *
         * @param customer the account
         * @param occurredAt when
         */
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

    /**
     * A customer changed their password; every other session of theirs ended with it.
     *
     * @param customerId  whose
     * @param keptSession the session the change was made from, the only one still valid
     * @param occurredAt  when
     */
    record PasswordChanged(CustomerId customerId, SessionId keptSession, Instant occurredAt) implements AccountEvent {
        /**
         * Requires every part.
         *
         * @param customerId whose
         * @param keptSession the session still valid
         * @param occurredAt when
         */
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

    /**
     * A customer signed in.
     *
     * @param customerId whose
     * @param sessionId  the new session (its id, never its token)
     * @param expiresAt  when it ends unless ended before
     * @param occurredAt when it began
     */
    record SessionStarted(CustomerId customerId, SessionId sessionId, Instant expiresAt, Instant occurredAt)
            implements AccountEvent {
        /**
         * Requires every part.
         *
         * @param customerId whose
         * @param sessionId the session
         * @param expiresAt when it ends
         * @param occurredAt when it began
         */
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

    /**
     * A customer signed out, or ended one of their other sessions.
     *
     * @param customerId whose
     * @param sessionId  the session that ended
     * @param occurredAt when
     */
    record SessionEnded(CustomerId customerId, SessionId sessionId, Instant occurredAt) implements AccountEvent {
        /**
         * Requires every part.
         *
         * @param customerId whose
         * @param sessionId the session
         * @param occurredAt when
         */
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
}
