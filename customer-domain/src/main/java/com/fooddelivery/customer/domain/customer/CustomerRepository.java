package com.fooddelivery.customer.domain.customer;

import com.fooddelivery.customer.domain.shared.DuplicateException;
import java.util.Optional;

/** The customers' accounts. */
public interface CustomerRepository {

    /** Stores a new customer; {@link DuplicateException} names a taken field (login and email in any case). */
    Customer add(NewCustomer customer);

    /** The customer with this internal id. */
    Optional<Customer> byId(CustomerId id);

    /** The credentials of the customer whose login, email or phone matches (login and email regardless of case). */
    Optional<Credentials> credentialsFor(String identifier);

    /** The stored password hash of a customer. */
    Optional<Credentials> credentialsOf(CustomerId id);

    /** Replaces the editable settings; {@link DuplicateException} names an email or phone another has. */
    Customer change(CustomerId id, ProfileChange change);

    /** Replaces the password hash, e.g. after a change or a rehash with stronger parameters. */
    void changePasswordHash(CustomerId id, String passwordHash);
}
