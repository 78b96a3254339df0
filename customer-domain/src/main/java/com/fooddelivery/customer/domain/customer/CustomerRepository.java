package com.fooddelivery.customer.domain.customer;

import com.fooddelivery.customer.domain.shared.DuplicateException;
import java.util.Optional;

/** The customers' accounts. */
public interface CustomerRepository {

    /**
     * Stores a new customer.
     *
     * @throws DuplicateException naming the taken field (login and email regardless of case)
     */
    Customer add(NewCustomer customer);

    /** The customer with this internal id. */
    Optional<Customer> byId(CustomerId id);

    /** The credentials of the customer whose login, email or phone matches (login and email regardless of case). */
    Optional<Credentials> credentialsFor(String identifier);

    /**
     * The stored password hash of a customer.
     *
     * @return the credentials, or empty when there is no such customer
     */
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
