package com.fooddelivery.peer.customer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A customer's profile; the password hash is not mapped, the peer never signs anyone in. */
@Entity
@Table(name = "delivery_customer_c")
public class Customer {

    @Id
    @Column(name = "delivery_customer_c_id")
    private Integer id;

    @Column(name = "customer_uid")
    private String uid;

    private String login;

    private String email;

    @Column(name = "phone_number")
    private String phoneNumber;

    @Column(name = "default_delivery_address")
    private String deliveryAddress;

    @Column(name = "preferred_payment_method")
    private String preferredPaymentMethod;

    protected Customer() {
    }

    public String getUid() {
        return uid;
    }

    public String getLogin() {
        return login;
    }

    public String getEmail() {
        return email;
    }

    public String getPhoneNumber() {
        return phoneNumber;
    }

    public String getDeliveryAddress() {
        return deliveryAddress;
    }

    public String getPreferredPaymentMethod() {
        return preferredPaymentMethod;
    }
}
