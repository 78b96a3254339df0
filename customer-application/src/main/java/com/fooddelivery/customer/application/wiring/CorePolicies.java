package com.fooddelivery.customer.application.wiring;

import com.fooddelivery.customer.domain.menu.PriceCeiling;
import com.fooddelivery.customer.domain.order.EstimatePolicy;
import com.fooddelivery.customer.domain.payment.PaymentTimeout;
import com.fooddelivery.customer.domain.token.SessionPolicy;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * The named rules the use cases follow, each with a default, so a team states only where it differs.
 *
 * @param paymentTimeout how long a prepaid order waits for its payment
 * @param menuMaxAge     how long a browse of the menu is reused; zero reads the catalog every time
 * @param priceCeiling   the most one menu item may cost; required by menu management alone
 */
public record CorePolicies(
        EstimatePolicy estimates,
        SessionPolicy sessions,
        PaymentTimeout paymentTimeout,
        Duration menuMaxAge,
        Optional<PriceCeiling> priceCeiling) {

    /** Every default: no ceiling, so no menu management until one is given. */
    public static final CorePolicies DEFAULTS = new CorePolicies(
            EstimatePolicy.DEFAULT, SessionPolicy.DEFAULT, PaymentTimeout.DEFAULT, Duration.ZERO, Optional.empty());

    /** Requires every part; a negative menu age is refused. */
    public CorePolicies {
        Objects.requireNonNull(estimates, "estimates");
        Objects.requireNonNull(sessions, "sessions");
        Objects.requireNonNull(paymentTimeout, "paymentTimeout");
        Objects.requireNonNull(priceCeiling, "priceCeiling");
        if (menuMaxAge.isNegative()) {
            throw new IllegalArgumentException("menuMaxAge must not be negative: " + menuMaxAge);
        }
    }

    /** These policies with another estimate model. */
    public CorePolicies withEstimates(EstimatePolicy next) {
        return new CorePolicies(next, sessions, paymentTimeout, menuMaxAge, priceCeiling);
    }

    /** These policies with another session lifetime. */
    public CorePolicies withSessions(SessionPolicy next) {
        return new CorePolicies(estimates, next, paymentTimeout, menuMaxAge, priceCeiling);
    }

    /** These policies with another payment timeout. */
    public CorePolicies withPaymentTimeout(PaymentTimeout next) {
        return new CorePolicies(estimates, sessions, next, menuMaxAge, priceCeiling);
    }

    /** These policies with browses of the menu reused for up to {@code next}. */
    public CorePolicies withMenuMaxAge(Duration next) {
        return new CorePolicies(estimates, sessions, paymentTimeout, next, priceCeiling);
    }

    /** These policies with a price ceiling, which menu management needs. */
    public CorePolicies withPriceCeiling(PriceCeiling next) {
        return new CorePolicies(estimates, sessions, paymentTimeout, menuMaxAge, Optional.of(next));
    }
}
