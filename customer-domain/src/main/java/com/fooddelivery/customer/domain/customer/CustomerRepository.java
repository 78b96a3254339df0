package com.fooddelivery.customer.domain.customer;

import com.fooddelivery.customer.domain.shared.DuplicateException;
import java.util.Optional;

/** The customers' accounts. */
public interface CustomerRepository {

    /**
     * Stores a new customer.
     *
     * @param customer the customer
     * @return it, with its id
     * @throws DuplicateException naming the taken field (login and email regardless of case)
     */
    Customer add(NewCustomer customer);

    /**
     * The customer with this internal id.
     *
     * @param id the customer's id
     * @return the customer, or empty when there is none
     */
    Optional<Customer> byId(CustomerId id);

    /**
     * The credentials of the customer whose login, email or phone matches (login and email regardless of case).
     *
     * @param identifier what the customer typed
     * @return the credentials, or empty
     */
    Optional<Credentials> credentialsFor(String identifier);

    /**
     * The stored password hash of a customer.
     *
     * @param id the customer's id
     * @return the credentials, or empty when there is no such customer
     */
    Optional<Credentials> credentialsOf(CustomerId id);

    /**
     * Replaces the editable settings.
     *
     * @param id the customer
     * @param change the new settings
     * @return the customer after the change
     * @throws DuplicateException naming {@code email} or {@code phoneNumber} when taken by another customer
     */
    Customer change(CustomerId id, ProfileChange change);

    /**
     * Replaces the password hash, e.g. after a change or a rehash with stronger parameters.
     *
     * @param id the customer
     * @param passwordHash the new hash, in PHC string form
     */
    void changePasswordHash(CustomerId id, String passwordHash);
}
