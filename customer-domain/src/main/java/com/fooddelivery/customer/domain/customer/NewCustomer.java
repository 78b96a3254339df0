package com.fooddelivery.customer.domain.customer;

import java.util.Objects;
import java.util.UUID;

/** A customer about to be stored, with the hash of the chosen password. */
public record NewCustomer(UUID uid, Login login, Email email, PhoneNumber phoneNumber, String passwordHash) {

    public NewCustomer {
        Objects.requireNonNull(uid, "uid");
        Objects.requireNonNull(login, "login");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(phoneNumber, "phoneNumber");
        Objects.requireNonNull(passwordHash, "passwordHash");
    }

    @Override
    public String toString() {
        return "NewCustomer[uid=" + uid + ", login=" + login.value() + "]";
    }
}
