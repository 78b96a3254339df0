package com.fooddelivery.peer.order;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.UUID;

/** A payment attempt of an order; the peer only starts the pending one of a cash or terminal order. */
@Entity
@Table(name = "delivery_payment_c")
public class Payment {

    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "delivery_payment_c_id")
    private Long id;

    @Column(name = "payment_reference")
    private String reference;
    private UUID orderUid;
    private String method;
    private String status;
    private String currency;
    private BigDecimal amount;
    private String providerReference;
    private String failureReason;
    private String cardBrand;
    @Column(name = "card_last4")
    private String cardLast4;
    private String refundReference;
    @Column(name = "created_dt")
    private Instant createdAt;
    @Column(name = "updated_dt")
    private Instant updatedAt;

    protected Payment() {
    }

    /** The pending payment at the door that a cash or POS order starts with. */
    static Payment atTheDoor(Order order, Instant now) {
        Payment payment = new Payment();
        StringBuilder reference = new StringBuilder("P");
        for (int i = 0; i < 15; i++) {
            reference.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        payment.reference = reference.toString();
        payment.orderUid = order.getUid();
        payment.method = order.getPaymentMethod();
        payment.status = "PENDING";
        payment.currency = order.getCurrency();
        payment.amount = order.getTotalAmount();
        payment.createdAt = now;
        payment.updatedAt = now;
        return payment;
    }

    public String getReference() { return reference; }
    public String getMethod() { return method; }
    public String getStatus() { return status; }
    public String getCurrency() { return currency; }
    public BigDecimal getAmount() { return amount; }
    public String getProviderReference() { return providerReference; }
    public String getFailureReason() { return failureReason; }
    public String getCardBrand() { return cardBrand; }
    public String getCardLast4() { return cardLast4; }
    public String getRefundReference() { return refundReference; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
}
