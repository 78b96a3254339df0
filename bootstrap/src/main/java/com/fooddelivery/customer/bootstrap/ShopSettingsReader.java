package com.fooddelivery.customer.bootstrap;

import com.fooddelivery.customer.domain.order.EstimatePolicy;
import com.fooddelivery.customer.domain.order.Order;
import com.fooddelivery.customer.domain.order.OrderLine;
import com.fooddelivery.customer.domain.shared.Money;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/** The shop itself: its currency, the menu's prices, pictures and freshness, and the model of its estimates. */
final class ShopSettingsReader {

    static final List<String> NAMES = List.of(
            "CURRENCY",
            "DEMO_MENU",
            "MAX_PRICE",
            "MAX_PICTURE_BYTES",
            "MENU_MAX_AGE",
            "ESTIMATE_COOKING",
            "ESTIMATE_PER_QUEUED_ORDER",
            "ESTIMATE_MAX_QUEUE_DELAY",
            "ESTIMATE_DELIVERY");

    private static final int DEFAULT_PICTURE_BYTES = 2 * 1024 * 1024;
    private static final Duration ONE_DAY = Duration.ofDays(1);

    private ShopSettingsReader() {}

    static Currency currency(RawSettings env) {
        String code = env.text("CURRENCY", "EUR");
        try {
            Currency currency = Currency.getInstance(code);
            if (currency.getDefaultFractionDigits() != 2) {
                throw new ConfigurationException("CURRENCY must have two minor digits (like EUR or USD), got " + code);
            }
            return currency;
        } catch (IllegalArgumentException unknown) {
            throw new ConfigurationException("CURRENCY must be an ISO 4217 code like EUR, got '" + code + "'");
        }
    }

    static boolean demoMenu(RawSettings env) {
        return env.bool("DEMO_MENU", true);
    }

    static int maxPictureBytes(RawSettings env) {
        return env.integer("MAX_PICTURE_BYTES", DEFAULT_PICTURE_BYTES, 1, 64 * 1024 * 1024);
    }

    static Duration menuMaxAge(RawSettings env) {
        return env.duration("MENU_MAX_AGE", Duration.ofSeconds(1), Duration.ofHours(1));
    }

    static EstimatePolicy estimates(RawSettings env) {
        return new EstimatePolicy(
                env.duration("ESTIMATE_COOKING", EstimatePolicy.DEFAULT.baseCooking(), ONE_DAY),
                env.duration("ESTIMATE_PER_QUEUED_ORDER", EstimatePolicy.DEFAULT.perQueuedOrder(), ONE_DAY),
                env.duration("ESTIMATE_MAX_QUEUE_DELAY", EstimatePolicy.DEFAULT.maxQueueDelay(), ONE_DAY),
                env.duration("ESTIMATE_DELIVERY", EstimatePolicy.DEFAULT.baseDelivery(), ONE_DAY));
    }

    static BigDecimal maxPrice(RawSettings env) {
        Optional<String> raw = env.text("MAX_PRICE");
        if (raw.isEmpty()) {
            return new BigDecimal("10000.00");
        }
        try {
            BigDecimal value = new BigDecimal(raw.get());
            if (value.signum() > 0
                    && value.stripTrailingZeros().scale() <= 2
                    && value.compareTo(Order.HIGHEST_UNIT_PRICE) <= 0) {
                return value.setScale(2);
            }
        } catch (NumberFormatException notANumber) {
            // same message as a number out of range
        }
        // Above that, the largest order a customer may place would cost more than an order can.
        throw new ConfigurationException("MAX_PRICE must be a price above 0 and at most " + Order.HIGHEST_UNIT_PRICE
                + " (so that " + Order.MAX_LINES + " lines of " + OrderLine.MAX_QUANTITY + " cost at most "
                + Money.LARGEST + ") with at most two decimals, got '" + raw.get() + "'");
    }
}
