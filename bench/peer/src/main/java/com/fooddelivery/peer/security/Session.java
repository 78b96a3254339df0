package com.fooddelivery.peer.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A signed-in session; {@code token_guid} holds the SHA-256 digest of the client's token. */
@Entity
@Table(name = "delivery_customer_token_c")
public class Session {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "delivery_customer_token_c_id")
    private Integer id;

    @Column(name = "token_guid")
    private String tokenDigest;

    @Column(name = "token_begin_dt")
    private Instant begin;

    @Column(name = "token_end_dt")
    private Instant end;

    @Column(name = "customer_id")
    private Integer customerId;

    @Column(name = "user_agent")
    private String userAgent;

    protected Session() {
    }

    public Integer getId() {
        return id;
    }

    public Instant getBegin() {
        return begin;
    }

    public Instant getEnd() {
        return end;
    }

    public Integer getCustomerId() {
        return customerId;
    }
}
