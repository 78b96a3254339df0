package com.fooddelivery.peer.order;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The JSON shapes of the order routes, field for field those of the service. */
final class OrderDtos {

    private OrderDtos() {
    }

    /** Prices a client sends are accepted and ignored: the menu prices every order. */
    @JsonIgnoreProperties({"price", "unitPrice", "name", "cost"})
    record LineRequest(@NotNull @Positive Integer menuItemId, @NotNull @Min(1) @Max(99) Integer quantity) {
    }

    record PlaceOrderRequest(@NotEmpty @Size(max = 50) List<@Valid @NotNull LineRequest> items,
                             @NotBlank @Size(max = 500) String deliveryAddress,
                             @NotNull @Pattern(regexp = "CASH_ON_DELIVERY|POS_ON_DELIVERY|BANK_QR|CARD") String paymentMethod,
                             @Size(max = 500) String comment) {
    }

    record LineDto(int menuItemId, String name, BigDecimal unitPrice, int quantity, BigDecimal cost) {
    }

    record CardDto(String brand, String last4) {
    }

    record PaymentDto(String reference, String method, String status, BigDecimal amount, String currency,
                      String providerReference, String failureReason, CardDto card, String refundReference,
                      Instant createdAt, Instant updatedAt) {

        static PaymentDto of(Payment payment) {
            return new PaymentDto(payment.getReference(), payment.getMethod(), payment.getStatus(), payment.getAmount(),
                    payment.getCurrency(), payment.getProviderReference(), payment.getFailureReason(),
                    payment.getCardBrand() == null ? null : new CardDto(payment.getCardBrand(), payment.getCardLast4()),
                    payment.getRefundReference(), payment.getCreatedAt(), payment.getUpdatedAt());
        }
    }

    record RatingDto(int food, int delivery, String comment, Instant ratedAt) {

        static RatingDto of(Rating rating) {
            return new RatingDto(rating.getFoodStars(), rating.getDeliveryStars(), rating.getComment(), rating.getRatedAt());
        }
    }

    record CourierDto(double lat, double lon, Instant at) {
    }

    record OrderDto(String uid, String status, String paymentMethod, String paymentStatus, String currency,
                    BigDecimal total, int itemCount, String deliveryAddress, String comment, List<LineDto> items,
                    Instant registeredAt, Instant cookingStartedAt, Instant cookingFinishedAt,
                    Instant deliveryStartedAt, Instant deliveredAt, Instant cancelledAt, Instant estimatedReadyAt,
                    Instant estimatedDeliveryAt, String reportUrl, PaymentDto payment, RatingDto rating,
                    @JsonInclude(JsonInclude.Include.NON_NULL) CourierDto courier) {

        /** The order with its latest payment, its rating and, while on its way, its courier's position. */
        static OrderDto of(Order order, Optional<Payment> payment, Optional<Rating> rating) {
            CourierDto courier = order.getStatus().equals("IN_DELIVERY") && order.getCourierAt() != null
                    ? new CourierDto(order.getCourierLat(), order.getCourierLon(), order.getCourierAt()) : null;
            return new OrderDto(order.getUid().toString(), order.getStatus(), order.getPaymentMethod(),
                    order.getPaymentStatus(), order.getCurrency(), order.getTotalAmount(), order.getItemCount(),
                    order.getDeliveryAddress(), order.getComment(),
                    order.getLines().stream().map(line -> new LineDto(line.getMenuItemId(), line.getName(),
                            line.getUnitPrice(), line.getQuantity(), line.getLineCost())).toList(),
                    order.getRegisteredAt(), order.getCookingStartedAt(), order.getCookingFinishedAt(),
                    order.getDeliveryStartedAt(), order.getDeliveredAt(), order.getCancelledAt(),
                    order.getEstimatedReadyAt(), order.getEstimatedDeliveryAt(),
                    OrderController.BASE + "/" + order.getUid() + "/report.pdf",
                    payment.map(PaymentDto::of).orElse(null), rating.map(RatingDto::of).orElse(null), courier);
        }
    }

    record SummaryDto(String uid, String status, Instant registeredAt, BigDecimal total, String currency,
                      int itemCount, Instant estimatedDeliveryAt, String url) {

        static SummaryDto of(OrderSummary summary) {
            return new SummaryDto(summary.uid().toString(), summary.status(), summary.registeredAt(), summary.total(),
                    summary.currency(), summary.itemCount(), summary.estimatedDeliveryAt(),
                    OrderController.BASE + "/" + summary.uid());
        }
    }

    record OrderList(List<SummaryDto> orders, String nextCursor) {
    }
}
