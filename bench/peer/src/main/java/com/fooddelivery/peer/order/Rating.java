package com.fooddelivery.peer.order;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The customer's rating of a delivered order. */
@Entity
@Table(name = "delivery_rating_c")
public class Rating {

    @Id
    private Long orderId;
    private short foodStars;
    private short deliveryStars;
    private String comment;
    @Column(name = "rated_dt")
    private Instant ratedAt;

    protected Rating() {
    }

    public short getFoodStars() { return foodStars; }
    public short getDeliveryStars() { return deliveryStars; }
    public String getComment() { return comment; }
    public Instant getRatedAt() { return ratedAt; }
}
