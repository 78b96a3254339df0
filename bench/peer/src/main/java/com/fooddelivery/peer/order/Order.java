package com.fooddelivery.peer.order;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** An order with its lines as they were priced when it was placed. */
@Entity
@Table(name = "delivery_order_c")
public class Order {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "delivery_order_c_id")
    private Long id;

    @Column(name = "order_uid")
    private UUID uid;

    private Integer customerId;
    private String status;
    private String paymentMethod;
    private String paymentStatus;
    private String currency;
    private BigDecimal totalAmount;
    private int itemCount;
    private String deliveryAddress;
    private String comment;

    @Column(name = "registered_dt")
    private Instant registeredAt;
    @Column(name = "cooking_started_dt")
    private Instant cookingStartedAt;
    @Column(name = "cooking_finished_dt")
    private Instant cookingFinishedAt;
    @Column(name = "delivery_started_dt")
    private Instant deliveryStartedAt;
    @Column(name = "delivered_dt")
    private Instant deliveredAt;
    @Column(name = "cancelled_dt")
    private Instant cancelledAt;
    @Column(name = "estimated_ready_dt")
    private Instant estimatedReadyAt;
    @Column(name = "estimated_delivery_dt")
    private Instant estimatedDeliveryAt;

    private Double courierLat;
    private Double courierLon;
    @Column(name = "courier_at")
    private Instant courierAt;

    @OneToMany(mappedBy = "order", cascade = CascadeType.ALL)
    @OrderBy("lineNo")
    private List<OrderLine> lines = new ArrayList<>();

    protected Order() {
    }

    /** A new order in its first status; the lines follow with {@link #addLine}, the estimates with {@link #estimate}. */
    Order(int customerId, String paymentMethod, String currency, String deliveryAddress, String comment,
          Instant registeredAt) {
        this.uid = UUID.randomUUID();
        this.customerId = customerId;
        this.paymentMethod = paymentMethod;
        // Cash and card terminal are paid at the door, so the kitchen may start at once.
        this.status = prepaid(paymentMethod) ? "AWAITING_PAYMENT" : "PROCESSING";
        this.paymentStatus = "PENDING";
        this.currency = currency;
        this.deliveryAddress = deliveryAddress;
        this.comment = comment;
        this.registeredAt = registeredAt;
        this.totalAmount = BigDecimal.ZERO.setScale(2);
    }

    static boolean prepaid(String paymentMethod) {
        return paymentMethod.equals("BANK_QR") || paymentMethod.equals("CARD");
    }

    /** Sets the estimates; delivery follows readiness by the road time. */
    void estimate(Instant readyAt, java.time.Duration road) {
        this.estimatedReadyAt = readyAt;
        this.estimatedDeliveryAt = readyAt.plus(road);
    }

    void addLine(int menuItemId, String name, BigDecimal unitPrice, int quantity) {
        OrderLine line = new OrderLine(this, lines.size() + 1, menuItemId, name, unitPrice, quantity);
        lines.add(line);
        totalAmount = totalAmount.add(line.getLineCost());
        itemCount += quantity;
    }

    public Long getId() { return id; }
    public UUID getUid() { return uid; }
    public Integer getCustomerId() { return customerId; }
    public String getStatus() { return status; }
    public String getPaymentMethod() { return paymentMethod; }
    public String getPaymentStatus() { return paymentStatus; }
    public String getCurrency() { return currency; }
    public BigDecimal getTotalAmount() { return totalAmount; }
    public int getItemCount() { return itemCount; }
    public String getDeliveryAddress() { return deliveryAddress; }
    public String getComment() { return comment; }
    public Instant getRegisteredAt() { return registeredAt; }
    public Instant getCookingStartedAt() { return cookingStartedAt; }
    public Instant getCookingFinishedAt() { return cookingFinishedAt; }
    public Instant getDeliveryStartedAt() { return deliveryStartedAt; }
    public Instant getDeliveredAt() { return deliveredAt; }
    public Instant getCancelledAt() { return cancelledAt; }
    public Instant getEstimatedReadyAt() { return estimatedReadyAt; }
    public Instant getEstimatedDeliveryAt() { return estimatedDeliveryAt; }
    public Double getCourierLat() { return courierLat; }
    public Double getCourierLon() { return courierLon; }
    public Instant getCourierAt() { return courierAt; }
    public List<OrderLine> getLines() { return lines; }
}
