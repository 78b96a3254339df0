package com.fooddelivery.peer.menu;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Formula;

/** A menu category. The picture's bytes are not mapped: a list shows only whether there is one. */
@Entity
@Table(name = "delivery_category_c")
public class Category {

    @Id
    @Column(name = "delivery_category_c_id")
    private Integer id;

    private String name;

    private String description;

    @Formula("picture is not null")
    private boolean hasPicture;

    @Column(name = "retired_at")
    private Instant retiredAt;

    protected Category() {
    }

    public Integer getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public boolean hasPicture() {
        return hasPicture;
    }
}
