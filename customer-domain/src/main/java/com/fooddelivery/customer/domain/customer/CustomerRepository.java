package com.fooddelivery.customer.domain.customer;

import com.fooddelivery.customer.domain.shared.DuplicateException;
import java.util.Optional;

/** The customers' accounts ({@code delivery_customer_c}). */
public interface CustomerRepository {

    /**
     * Stores a new customer.
     *
     * @throws DuplicateException naming {@code login}, {@code email} or {@code phoneNumber} when the
     *                            value is taken (login and email regardless of case)
     */
    Customer add(NewCustomer customer);

    /** The customer with this internal id. */
    Optional<Customer> byId(CustomerId id);

    /**
     * The credentials of the customer whose login, email or phone number equals {@code identifier}
     * (login and email regardless of case, the phone after E.164 normalisation).
     */
    Optional<Credentials> credentialsFor(String identifier);

    /** The stored password hash of a customer. */
    Optional<Credentials> credentialsOf(CustomerId id);

    /**
     * Replaces the editable settings.
     *
     * @throws DuplicateException naming {@code email} or {@code phoneNumber} when taken by another customer
     */
    Customer change(CustomerId id, ProfileChange change);

    /** Replaces the password hash, e.g. after a change or a rehash with stronger parameters. */
    void changePasswordHash(CustomerId id, String passwordHash);
}
