package com.fooddelivery.peer.menu;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** A menu item as an order prices it; its picture is not mapped. */
@Entity
@Table(name = "delivery_menuitem_c")
public class MenuItem {

    @Id
    @Column(name = "delivery_menuitem_c_id")
    private Integer id;

    private String name;

    private BigDecimal price;

    private boolean available;

    @Column(name = "retired_at")
    private Instant retiredAt;

    protected MenuItem() {
    }

    public Integer getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public BigDecimal getPrice() {
        return price;
    }

    public boolean isAvailable() {
        return available;
    }
}
